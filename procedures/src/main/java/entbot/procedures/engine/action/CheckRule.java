package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code check-rule}: a read-only check ({@link Rules}). With {@code severity: block} a failed check
 * blocks the step (and so the run); with {@code warn} (the default) the step stays ok with a warning.
 */
final class CheckRule implements Action {
  @Override
  public String name() {
    return "check-rule";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("rule"), Set.of("severity"), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String name = args.get("rule");
    Rules.Rule rule = Rules.ALL.get(name);
    if (rule == null) {
      return StepOutcome.blocked("contrôle inconnu « " + name + " » (connus : "
          + String.join(", ", new TreeSet<>(Rules.names())) + ").");
    }
    String problem = rule.check(context);
    if (problem == null) {
      return StepOutcome.ok("contrôle « " + name + " » : conforme.");
    }
    if ("block".equals(args.get("severity", "warn"))) {
      return StepOutcome.blocked(problem);
    }
    return StepOutcome.ok("contrôle « " + name + " » : à corriger.").warning(problem);
  }
}
