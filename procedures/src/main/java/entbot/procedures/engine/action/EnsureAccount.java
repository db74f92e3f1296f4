package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.Names;
import entbot.procedures.model.Profile;
import entbot.procedures.model.Source;
import entbot.procedures.model.User;
import entbot.procedures.store.EntityRef;
import entbot.procedures.store.Views.Candidate;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * {@code ensure-account}: the person has an account, found anywhere in the ENT or created by hand.
 * Rules from the guides, checked before anything is written: never a duplicate (same normalised
 * names and profile; a near match on a typo blocks too, naming the account); no manual account for
 * the profiles the academic directories create. Creating is flagged irreversible: the real ENT can
 * never merge two accounts. Output: {@code login}.
 */
final class EnsureAccount implements Action {
  @Override
  public String name() {
    return "ensure-account";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("first", "last", "profile"), Set.of("civility", "function", "discipline", "source"),
        Set.of("login"));
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String first = args.get("first").strip();
    String last = args.get("last").strip();
    Profile profile = Profile.parse(args.get("profile"));
    StepOutcome found = AccountSearch.find(context, first, last, profile);
    if (found != null) {
      return found;
    }
    if (profile.fedByDirectories()) {
      return StepOutcome.blocked("pas de compte manuel pour le profil " + profile.label() + " : ces comptes sont"
          + " créés automatiquement par les annuaires académiques (SIECLE/EduConnect pour les élèves et les parents,"
          + " STS web pour les enseignants) environ 48 h après la saisie ; attendez le flux, sinon deux comptes"
          + " existeront et l'ENT ne sait pas les fusionner.");
    }
    List<String> homonyms = context.observe("homonyms", context.directory().homonyms(first, last));
    String login = context.observe("free-login", context.directory().freeLogin(first, last));
    EntityRef ref = Refs.user(login);
    context.write(ref, Refs.state(ref, "civility", args.get("civility", ""), "first_name", first, "last_name", last,
        "norm_first", Names.normalize(first), "norm_last", Names.normalize(last), "profile", profile.label(),
        "source", Source.parse(args.get("source", "Manuel")).label(), "state", User.ACTIVE, "uai", context.uai()));
    String function = args.get("function", "");
    if (!function.isEmpty()) {
      EntityRef functionRef = Refs.function(login, context.uai(), function, args.get("discipline", ""));
      context.write(functionRef, Refs.keyState(functionRef));
    }
    StepOutcome created = StepOutcome.change("aucun compte " + first + " " + last + " (" + profile.label()
        + ") dans tout l'ENT : créer le compte manuel « " + login + " » dans " + context.school().name()
        + (function.isEmpty() ? "" : ", fonction " + function) + ".").irreversible().output("login", login);
    if (!homonyms.isEmpty()) {
      // Same names, another profile: usually a namesake, sometimes the same person (the ENTMIP guide
      // adds a parent's account to the AESH group); a human must look before the account exists.
      created.warning("même nom, autre profil : " + String.join(", ", homonyms) + " ; vérifiez qu'il ne s'agit pas"
          + " de la même personne avant de créer un second compte.");
    }
    return created;
  }

  /** One line per candidate: "Frédéric DUPONT (frederic.dupont, Non enseignant, 0820588U, Actif)". */
  static String describe(List<Candidate> candidates) {
    return String.join(", ", candidates.stream().map(c -> c.firstName() + " " + c.lastName().toUpperCase()
        + " (" + c.login() + ", " + c.profile() + ", " + c.uai() + ", " + c.state() + ")").toList());
  }
}
