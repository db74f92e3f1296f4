package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.Profile;
import java.sql.SQLException;
import java.util.Set;

/**
 * {@code find-account}: the person already has an account somewhere in the ENT (output {@code login});
 * otherwise the step is blocked with {@code missing}, the guide's reason (e.g. contract staff: wait
 * for the directory feed, about 48 h after the contract is signed).
 */
final class FindAccount implements Action {
  @Override
  public String name() {
    return "find-account";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("first", "last", "profile", "missing"), Set.of(), Set.of("login"));
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String first = args.get("first").strip();
    String last = args.get("last").strip();
    StepOutcome found = AccountSearch.find(context, first, last, Profile.parse(args.get("profile")));
    if (found != null) {
      return found;
    }
    return StepOutcome.blocked("aucun compte " + first + " " + last + " dans tout l'ENT : " + args.get("missing"));
  }
}
