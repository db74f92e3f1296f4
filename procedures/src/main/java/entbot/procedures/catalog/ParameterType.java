package entbot.procedures.catalog;

import java.util.regex.Pattern;

/** The types a procedure parameter may have, each with the shape a value must take. */
public enum ParameterType {
  NOM("nom", "[\\p{L}][\\p{L} '’\\-]{0,59}", "un nom (lettres, espaces, tirets, apostrophes)"),
  TEXTE("texte", "[^\\p{Cntrl}]{1,200}", "un texte d'une ligne (200 caractères au plus)"),
  CLASSE("classe", "[0-9A-Za-z][0-9A-Za-z _\\-]{0,19}", "un nom de classe (par exemple 310 ou 6A)"),
  ETABLISSEMENT("etablissement", "[^\\p{Cntrl}]{1,120}", "un UAI (0820588U) ou un nom d'établissement"),
  CHOIX("choix", "[^\\p{Cntrl}]{1,120}", "une des valeurs proposées"),
  URL("url", "https?://[^\\s]+", "une adresse web commençant par http:// ou https://"),
  LOGIN("login", "[a-z0-9][a-z0-9.\\-]{0,80}", "un identifiant de connexion (prenom.nom)"),
  LOGINS("logins", "[a-z0-9][a-z0-9.\\-]*(\\s*,\\s*[a-z0-9][a-z0-9.\\-]*)*",
      "des identifiants de connexion séparés par des virgules"),
  GROUPE("groupe", "[^\\p{Cntrl}/]{1,100}", "un nom de groupe"),
  RUBRIQUE("rubrique", "[^\\p{Cntrl}/]+(/[^\\p{Cntrl}/]+)*", "un chemin de rubrique (Classes/Classe 310)"),
  CODE("code", "[A-Z0-9_]{2,12}", "un code en majuscules (2 à 12 lettres, chiffres ou _)");

  private final String yamlName;
  private final Pattern shape;
  private final String description;

  ParameterType(String yamlName, String shape, String description) {
    this.yamlName = yamlName;
    this.shape = Pattern.compile(shape);
    this.description = description;
  }

  public String yamlName() {
    return yamlName;
  }

  public boolean accepts(String value) {
    return shape.matcher(value).matches();
  }

  /** What a value must look like, in French, for error messages. */
  public String description() {
    return description;
  }

  static ParameterType fromYaml(String name) {
    for (ParameterType type : values()) {
      if (type.yamlName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown parameter type " + name);
  }
}
