package entbot.procedures.catalog;

import java.util.Optional;
import java.util.Set;

/** The step actions a procedure file may use, with the arguments each takes (the engine provides it). */
public interface Vocabulary {
  /** Arguments of one action: those it needs, those it accepts, and the outputs later steps may use. */
  record Signature(Set<String> required, Set<String> optional, Set<String> outputs) {
    public Signature {
      required = Set.copyOf(required);
      optional = Set.copyOf(optional);
      outputs = Set.copyOf(outputs);
    }
  }

  Optional<Signature> signature(String action);

  Set<String> actions();
}
