package entbot.procedures.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an action reports: its status and French detail, and optionally outputs, a warning, irreversibility. */
public final class StepOutcome {
  private final StepStatus status;
  private final String detail;
  private final Map<String, String> outputs = new LinkedHashMap<>();
  private String warning;
  private boolean irreversible;

  private StepOutcome(StepStatus status, String detail) {
    this.status = status;
    this.detail = detail;
  }

  public static StepOutcome ok(String detail) {
    return new StepOutcome(StepStatus.OK, detail);
  }

  public static StepOutcome change(String detail) {
    return new StepOutcome(StepStatus.CHANGE, detail);
  }

  public static StepOutcome blocked(String reason) {
    return new StepOutcome(StepStatus.BLOCKED, reason);
  }

  public StepOutcome output(String name, String value) {
    outputs.put(name, value);
    return this;
  }

  public StepOutcome warning(String text) {
    this.warning = text;
    return this;
  }

  /** The real ENT cannot take this back (an account created there can never be merged or removed cleanly). */
  public StepOutcome irreversible() {
    this.irreversible = true;
    return this;
  }

  public StepStatus status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  public Map<String, String> outputs() {
    return outputs;
  }

  public String warningText() {
    return warning;
  }

  public boolean isIrreversible() {
    return irreversible;
  }
}
