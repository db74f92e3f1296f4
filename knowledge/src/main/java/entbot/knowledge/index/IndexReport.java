package entbot.knowledge.index;

import java.util.List;

/**
 * What one indexing run did: files (re)indexed, left untouched because unchanged, removed because
 * deleted, skipped because unreadable (each with a French warning naming it), and the passages added.
 */
public record IndexReport(int indexed, int unchanged, int removed, int skipped, int passages,
    List<String> warnings) {
  public IndexReport {
    if (indexed < 0 || unchanged < 0 || removed < 0 || skipped < 0 || passages < 0) {
      throw new IllegalArgumentException("negative count in index report");
    }
    warnings = List.copyOf(warnings);
  }
}
