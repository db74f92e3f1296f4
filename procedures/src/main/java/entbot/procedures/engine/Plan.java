package entbot.procedures.engine;

import java.util.List;
import java.util.Map;

/**
 * What a procedure would do on the current state, computed without changing anything.
 * {@code fingerprint} identifies the state it was computed on: applying with it refuses if the
 * state changed since.
 */
public record Plan(String procedure, String title, Map<String, String> params, String school, String fingerprint,
    List<StepResult> steps) {
  public Plan {
    params = Map.copyOf(params);
    steps = List.copyOf(steps);
  }

  public boolean blocked() {
    return steps.stream().anyMatch(s -> s.status() == StepStatus.BLOCKED);
  }

  public boolean hasChanges() {
    return steps.stream().anyMatch(s -> s.status() == StepStatus.CHANGE);
  }

  /** The reasons of the blocked steps, in order, joined for one French sentence. */
  public String blockedReasons() {
    return String.join(" ; ", steps.stream().filter(s -> s.status() == StepStatus.BLOCKED)
        .map(s -> "étape « " + s.id() + " » : " + s.detail().replaceAll("\\.$", "")).toList()) + ".";
  }
}
