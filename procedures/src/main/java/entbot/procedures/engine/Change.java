package entbot.procedures.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import entbot.procedures.store.EntityRef;
import java.util.Map;

/**
 * One entity changed by a step: its state before and after (all its columns; {@code null} when it
 * did not exist or no longer does). {@code entity} and {@code key} are for people.
 */
public record Change(@JsonIgnore EntityRef ref, Map<String, String> before, Map<String, String> after) {
  public Change {
    if (ref == null) {
      throw new IllegalArgumentException("ref is null");
    }
    before = before == null ? null : Map.copyOf(before);
    after = after == null ? null : Map.copyOf(after);
  }

  public String entity() {
    return ref.kind().label();
  }

  public String key() {
    return ref.display();
  }

  /** "création", "suppression" or "modification". */
  public String operation() {
    return before == null ? "création" : after == null ? "suppression" : "modification";
  }
}
