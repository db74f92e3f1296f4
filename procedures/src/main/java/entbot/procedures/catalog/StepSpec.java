package entbot.procedures.catalog;

import java.util.List;
import java.util.Map;

/**
 * One step of a procedure file: an action of the engine's vocabulary with its arguments (which may
 * hold {@code ${parametre}} or {@code ${etape.login}}), the French explanation, the click path in the
 * real ENT, an optional delay to expect, and {@code when} (parameter -> accepted values; "*" = any).
 */
public record StepSpec(String id, String action, Map<String, String> with, String explain, String uiPath,
    String delay, Map<String, List<String>> when, int line) {
  public StepSpec {
    with = Map.copyOf(with);
    when = Map.copyOf(when);
  }

  /** Whether the step belongs to the run for these parameters (the guide's decision tree). */
  public boolean appliesTo(Map<String, String> params) {
    for (Map.Entry<String, List<String>> condition : when.entrySet()) {
      String value = params.get(condition.getKey());
      boolean accepted = condition.getValue().contains("*") ? value != null && !value.isEmpty()
          : condition.getValue().contains(value);
      if (!accepted) {
        return false;
      }
    }
    return true;
  }
}
