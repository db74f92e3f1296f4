package entbot.knowledge.search;

import java.util.List;
import java.util.Objects;

/**
 * The passages found for a question, best first, with the question's concepts (for picking the
 * answering sentences) and the spelling corrections applied.
 */
public record SearchResult(String question, List<Hit> hits, List<Concept> concepts,
    List<String> corrections) {
  public SearchResult {
    Objects.requireNonNull(question, "question");
    hits = List.copyOf(hits);
    concepts = List.copyOf(concepts);
    corrections = List.copyOf(corrections);
  }

  /** How well the best passage covers the question (0 when nothing was found). */
  public double coverage() {
    return hits.isEmpty() ? 0 : hits.get(0).coverage();
  }

  /** Rarity-weighted share of the question's concepts that occur nowhere in the guides. */
  public double unknownShare() {
    double total = concepts.stream().mapToDouble(Concept::weight).sum();
    double unknown = concepts.stream().filter(c -> !c.known()).mapToDouble(Concept::weight).sum();
    return total == 0 ? 1 : unknown / total;
  }
}
