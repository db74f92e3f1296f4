package entbot.procedures.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a step would do: change the model, nothing (already as wanted), or refuse (a rule says no). */
public enum StepStatus {
  CHANGE("change"),
  OK("ok"),
  BLOCKED("blocked");

  private final String json;

  StepStatus(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
