package entbot.procedures.model;

import entbot.procedures.ProcedureException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles on a rubrique and what each may do, as the ENT Occitanie guide's table "Récapitulatif
 * des droits d'accès" lists them (and the Skolengo guide's table for resource booking).
 */
public enum RubriqueRole {
  VISITEUR("Visiteur", EnumSet.of(Permission.CONSULTER)),
  REDACTEUR("Rédacteur", EnumSet.of(Permission.CONSULTER, Permission.CREER_CONTENU,
      Permission.SUPPRIMER_SES_CONTENUS)),
  REDACTEUR_MISE_EN_LIGNE("Rédacteur avec mise en ligne", EnumSet.of(Permission.CONSULTER,
      Permission.CREER_CONTENU, Permission.SUPPRIMER_SES_CONTENUS, Permission.METTRE_EN_LIGNE_DIRECTEMENT,
      Permission.DEPOSER_FICHIERS)),
  MODERATEUR("Modérateur", EnumSet.of(Permission.CONSULTER, Permission.CREER_CONTENU,
      Permission.SUPPRIMER_SES_CONTENUS, Permission.METTRE_EN_LIGNE_DIRECTEMENT,
      Permission.DEPOSER_FICHIERS, Permission.VALIDER_TOUT_CONTENU, Permission.METTRE_EN_LIGNE_TOUT_CONTENU,
      Permission.SUPPRIMER_TOUT_CONTENU)),
  GESTIONNAIRE("Gestionnaire", EnumSet.allOf(Permission.class));

  /** What a role allows on a rubrique. */
  public enum Permission {
    CONSULTER("Consulter la rubrique"),
    CREER_CONTENU("Créer des contenus"),
    SUPPRIMER_SES_CONTENUS("Supprimer ses propres contenus"),
    METTRE_EN_LIGNE_DIRECTEMENT("Mettre en ligne directement"),
    DEPOSER_FICHIERS("Déposer des fichiers dans les dossiers partagés"),
    VALIDER_TOUT_CONTENU("Valider tout contenu"),
    METTRE_EN_LIGNE_TOUT_CONTENU("Mettre en ligne tout contenu"),
    SUPPRIMER_TOUT_CONTENU("Supprimer tout contenu"),
    CREER_RUBRIQUE("Créer une sous-rubrique"),
    MODIFIER_RUBRIQUE("Modifier la rubrique"),
    SUPPRIMER_RUBRIQUE("Supprimer la rubrique"),
    GERER_ACTEURS("Gérer les acteurs (droits d'accès)");

    private final String label;

    Permission(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String label;
  private final Set<Permission> permissions;

  RubriqueRole(String label, Set<Permission> permissions) {
    this.label = label;
    this.permissions = permissions;
  }

  public String label() {
    return label;
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions);
  }

  public static RubriqueRole parse(String text) {
    String wanted = Names.normalize(text == null ? "" : text);
    for (RubriqueRole role : values()) {
      if (Names.normalize(role.label).equals(wanted)) {
        return role;
      }
    }
    throw ProcedureException.badInput("Rôle de rubrique inconnu : « " + text
        + " » (attendu : Visiteur, Rédacteur, Rédacteur avec mise en ligne, Modérateur ou Gestionnaire).");
  }
}
