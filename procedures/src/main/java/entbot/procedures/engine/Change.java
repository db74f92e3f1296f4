package entbot.procedures.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import entbot.procedures.store.EntityRef;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    // Copies keep column order and allow null values (a root rubrique has no parent).
    before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
    after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
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
