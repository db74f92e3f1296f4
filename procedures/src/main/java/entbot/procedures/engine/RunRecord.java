package entbot.procedures.engine;

import java.util.List;
import java.util.Map;

/**
 * One run in the history: who, when, which procedure with which parameters, what changed.
 * {@code status} is "applied", "undone" (a later run reversed it) or "undo" (this run reversed
 * {@code undoOf}).
 */
public record RunRecord(String id, String procedure, String actor, String at, Map<String, String> params,
    String status, String undoOf, String undoneBy, List<Change> changes) {
  public RunRecord {
    params = Map.copyOf(params);
    changes = List.copyOf(changes);
  }
}
