package entbot.procedures.model;

import entbot.procedures.ProcedureException;
import java.util.List;

/** An account of the ENT, attached to its main school. */
public record User(String login, String civility, String firstName, String lastName, Profile profile,
    Source source, String state, Uai uai, List<FunctionAssignment> functions) {
  public static final String ACTIVE = "Actif";
  public static final String PENDING_DELETION = "En attente de suppression";

  public User {
    if (login == null || !login.matches("[a-z0-9][a-z0-9.\\-]*")) {
      throw ProcedureException.badInput("Identifiant de connexion invalide : « " + login + " ».");
    }
    requireName(firstName, "prénom");
    requireName(lastName, "nom");
    if (profile == null || source == null || uai == null) {
      throw ProcedureException.badInput("Compte " + login + " incomplet (profil, source et établissement requis).");
    }
    civility = civility == null ? "" : civility.strip();
    state = state == null || state.isBlank() ? ACTIVE : state;
    functions = functions == null ? List.of() : List.copyOf(functions);
  }

  private static void requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw ProcedureException.badInput("Le " + what + " ne peut pas être vide.");
    }
  }
}
