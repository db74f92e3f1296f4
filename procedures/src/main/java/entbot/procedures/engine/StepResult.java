package entbot.procedures.engine;

import java.util.List;

/**
 * One step of a plan or run, as the contract's JSON shows it: {@code id}, {@code action},
 * {@code status}, {@code detail} (what it found or would do, in French), {@code uiPath} (where to
 * click in the real ENT), plus the explanation from the guide, the entities changed, a warning,
 * the delay to expect, and whether the real ENT could not undo it.
 */
public record StepResult(String id, String action, StepStatus status, String detail, String uiPath,
    String explanation, boolean irreversible, String warning, String delay, List<Change> changes) {
  public StepResult {
    changes = List.copyOf(changes);
  }
}
