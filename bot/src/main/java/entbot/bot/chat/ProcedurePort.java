package entbot.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the chat needs from the procedure engine on the local ENT model. */
public interface ProcedurePort {
  List<ProcedureSummary> list();

  /** What would change; changes nothing. The plan carries the fingerprint of the model it saw. */
  PlanView plan(String procedureId, Map<String, String> params);

  /**
   * Applies atomically; refuses (with a French message telling to plan again) when the model's
   * fingerprint is no longer {@code expectedFingerprint}.
   */
  RunView apply(String procedureId, Map<String, String> params, String actor,
      String expectedFingerprint);

  List<RunView> history();

  RunView undo(String runId, String actor);

  /** Class names of the ENT model, for autocomplete. */
  List<String> classNames();

  record ProcedureSummary(String id, String title, List<String> parameters) {
    public ProcedureSummary {
      Objects.requireNonNull(id, "id");
      title = title == null ? id : title;
      parameters = List.copyOf(parameters);
    }
  }

  /** One step: {@code status} is change, ok or blocked; {@code uiPath} where to click in the ENT. */
  record StepView(String id, String action, String status, String detail, String uiPath) {}

  record PlanView(String procedureId, String fingerprint, List<StepView> steps) {
    public PlanView {
      Objects.requireNonNull(procedureId, "procedureId");
      steps = List.copyOf(steps);
    }

    public boolean blocked() {
      return steps.stream().anyMatch(s -> "blocked".equals(s.status()));
    }

    public boolean changesSomething() {
      return steps.stream().anyMatch(s -> "change".equals(s.status()));
    }
  }

  /**
   * A run (applied, nothing-to-do, failed, undone...); {@code at}, {@code actor} and {@code reason}
   * (why a run failed, in French) may be null.
   */
  record RunView(String runId, String procedureId, String status, String actor, String at,
      String reason, List<StepView> steps) {
    public RunView {
      steps = steps == null ? List.of() : List.copyOf(steps);
    }
  }
}
