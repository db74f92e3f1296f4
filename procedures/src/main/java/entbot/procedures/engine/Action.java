package entbot.procedures.engine;

import entbot.procedures.catalog.Vocabulary.Signature;
import java.sql.SQLException;

/**
 * One verb of the procedure vocabulary. An action is idempotent: it looks at the current state,
 * changes only what is needed through {@link StepContext#write}, and reports {@code ok} when there
 * was nothing to do. It checks its rules before writing and reports {@code blocked} with the reason.
 */
public interface Action {
  String name();

  Signature signature();

  StepOutcome run(StepContext context, Args args) throws SQLException;
}
