package entbot.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The passages found for a question, best first, and how well the best one covers the question:
 * {@code coverage} is the share of the question's concepts, weighted by rarity, that the best passage
 * contains (0 = none, 1 = all). {@code termWeights} maps each analysed question term (synonyms and
 * corrections included) to its weight, for picking the answering sentences.
 */
public record SearchResult(String question, List<Hit> hits, double coverage,
    Map<String, Double> termWeights, List<String> corrections) {
  public SearchResult {
    Objects.requireNonNull(question, "question");
    hits = List.copyOf(hits);
    termWeights = Map.copyOf(termWeights);
    corrections = List.copyOf(corrections);
    if (coverage < 0 || coverage > 1.0000001) {
      throw new IllegalArgumentException("coverage must be within [0, 1], got " + coverage);
    }
  }
}
