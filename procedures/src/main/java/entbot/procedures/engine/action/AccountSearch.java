package entbot.procedures.engine.action;

import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.Profile;
import entbot.procedures.model.User;
import entbot.procedures.store.Views.Candidate;
import java.sql.SQLException;
import java.util.List;

/**
 * The guides' first move before any account: "Vérifier dans l'annuaire que l'utilisateur n'existe
 * pas", searching the whole ENT. Shared by {@code ensure-account} and {@code find-account}.
 */
final class AccountSearch {
  private AccountSearch() {}

  /**
   * {@code ok} with output {@code login} when exactly one account matches, {@code blocked} when several
   * do or only near matches exist (a typo, or another person: a human must decide), null when none.
   */
  static StepOutcome find(StepContext context, String first, String last, Profile profile) throws SQLException {
    List<Candidate> candidates = context.observe("look-alikes " + first + "|" + last + "|" + profile,
        context.directory().lookAlikes(first, last, profile.label()));
    List<Candidate> exact = candidates.stream().filter(c -> c.distance() == 0).toList();
    if (exact.size() == 1) {
      Candidate account = exact.get(0);
      StepOutcome outcome = StepOutcome.ok("compte existant trouvé dans l'ENT : " + EnsureAccount.describe(exact)
          + " ; on l'utilise, sans en créer un autre.").output("login", account.login());
      if (User.PENDING_DELETION.equals(account.state())) {
        outcome.warning("ce compte est « en attente de suppression » : vérifiez qu'il s'agit bien de la même personne.");
      }
      return outcome;
    }
    if (exact.size() > 1) {
      return StepOutcome.blocked("plusieurs comptes " + profile.label() + " portent ce nom dans l'ENT : "
          + EnsureAccount.describe(exact) + " ; impossible de choisir sans risque, traitez ce cas à la main.");
    }
    if (!candidates.isEmpty()) {
      return StepOutcome.blocked("un compte au nom très proche existe déjà : " + EnsureAccount.describe(candidates)
          + " ; si c'est la même personne, relancez avec l'orthographe de ce compte ; ne créez pas de doublon"
          + " (deux comptes de l'ENT ne peuvent jamais être fusionnés).");
    }
    return null;
  }
}
