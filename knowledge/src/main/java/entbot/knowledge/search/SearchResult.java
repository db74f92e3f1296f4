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

  /** Passages whose proximity counts for {@link #confidence()}: those an answer cites first. */
  public static final int CONFIDENCE_DEPTH = 3;

  /**
   * How surely the guides answer: the best proximity among the first passages, i.e. the largest
   * rarity-weighted share of the question's concepts found together within three lines (0 when
   * nothing was found). A passage that lacks a name the question names ("quiz dans Moodle") does not
   * count. Chosen on the question set over whole-passage coverage, which rewards
   * passages that merely mention the question's words far apart (see knowledge/README.md).
   */
  public double confidence() {
    return hits.stream().limit(CONFIDENCE_DEPTH).filter(Hit::namesPresent)
        .mapToDouble(Hit::proximity).max().orElse(0);
  }

  /** Rarity-weighted share of the question's concepts that occur nowhere in the guides. */
  public double unknownShare() {
    double total = concepts.stream().mapToDouble(Concept::weight).sum();
    double unknown = concepts.stream().filter(c -> !c.known()).mapToDouble(Concept::weight).sum();
    return total == 0 ? 1 : unknown / total;
  }
}
