package entbot.procedures.engine;

import entbot.procedures.ProcedureException;
import java.util.Map;

/** A step's arguments once {@code ${...}} references are resolved. */
public final class Args {
  private final String step;
  private final Map<String, String> values;

  Args(String step, Map<String, String> values) {
    this.step = step;
    this.values = Map.copyOf(values);
  }

  /** A required argument (the loader already checked it is declared). */
  public String get(String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw ProcedureException.badInput("Étape « " + step + " » : l'argument « " + name + " » est vide.");
    }
    return value;
  }

  public String get(String name, String fallback) {
    String value = values.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
