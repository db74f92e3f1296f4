package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.Set;

/** {@code ensure-function}: the user holds the "fonction / discipline de poste" in the school. */
final class EnsureFunction implements Action {
  @Override
  public String name() {
    return "ensure-function";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("login", "function"), Set.of("discipline"), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String login = args.get("login");
    if (!context.exists(Refs.user(login))) {
      return StepOutcome.blocked("l'utilisateur « " + login + " » n'existe pas dans l'ENT.");
    }
    String function = args.get("function");
    String discipline = args.get("discipline", "");
    EntityRef ref = Refs.function(login, context.uai(), function, discipline);
    String described = function + (discipline.isEmpty() ? "" : " / " + discipline);
    if (context.exists(ref)) {
      return StepOutcome.ok(login + " a déjà la fonction " + described + ".");
    }
    context.write(ref, Refs.keyState(ref));
    return StepOutcome.change("donner à " + login + " la fonction " + described + ".");
  }
}
