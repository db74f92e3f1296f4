package entbot.procedures.engine;

import java.util.List;

/**
 * The outcome of {@code apply} or {@code undo}: {@code status} is "applied", "nothing-to-do" or
 * "failed" (refused by a rule; nothing changed, {@code reason} says why); {@code run} is the id in
 * the history, or null when nothing was recorded.
 */
public record RunResult(String run, String status, String procedure, String fingerprint, String reason,
    List<StepResult> steps) {
  public static final String APPLIED = "applied";
  public static final String NOTHING_TO_DO = "nothing-to-do";
  public static final String FAILED = "failed";

  public RunResult {
    steps = List.copyOf(steps);
  }

  public boolean failed() {
    return FAILED.equals(status);
  }
}
