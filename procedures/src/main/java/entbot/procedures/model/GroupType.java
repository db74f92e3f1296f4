package entbot.procedures.model;

import entbot.procedures.ProcedureException;

/** Kinds of groups in the ENT's directory. */
public enum GroupType {
  LIBRE("Groupe libre"),
  FONCTIONNEL("Groupe fonctionnel"),
  CLASSE("Classe"),
  GROUPE_PEDAGOGIQUE("Groupe pédagogique"),
  ADMINISTRATION("Groupe d'administration");

  private final String label;

  GroupType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static GroupType parse(String text) {
    String wanted = Names.normalize(text == null ? "" : text);
    for (GroupType type : values()) {
      if (Names.normalize(type.name()).equals(wanted) || Names.normalize(type.label).equals(wanted)) {
        return type;
      }
    }
    throw ProcedureException.badInput("Type de groupe inconnu : « " + text
        + " » (attendu : libre, fonctionnel, classe, groupe-pedagogique ou administration).");
  }
}
