package entbot.procedures.model;

import entbot.procedures.ProcedureException;

/**
 * One line of a service's or rubrique's access table: which population (a school, a group or a
 * user, narrowed by profile, function and discipline; empty criteria are "") gets which role.
 * {@code kind} is the ENT tab it sits in: "population" or "utilisateur".
 */
public record AccessEntry(String kind, String targetType, String target, String profile,
    String function, String discipline, String role) {
  public static final String POPULATION = "population";
  public static final String USER = "utilisateur";
  public static final String SCHOOL = "etablissement";
  public static final String GROUP = "groupe";

  public AccessEntry {
    if (!POPULATION.equals(kind) && !USER.equals(kind)) {
      throw ProcedureException.badInput("Type d'accès inconnu : « " + kind + " » (population ou utilisateur).");
    }
    if (!SCHOOL.equals(targetType) && !GROUP.equals(targetType) && !USER.equals(targetType)) {
      throw ProcedureException.badInput("Cible d'accès inconnue : « " + targetType + " ».");
    }
    if (target == null || target.isBlank()) {
      throw ProcedureException.badInput("Cible d'accès vide.");
    }
    if (role == null || role.isBlank()) {
      throw ProcedureException.badInput("Rôle d'accès vide.");
    }
    profile = profile == null ? "" : profile;
    function = function == null ? "" : function;
    discipline = discipline == null ? "" : discipline;
  }
}
