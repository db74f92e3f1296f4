package entbot.knowledge.search;

import java.util.List;
import java.util.Objects;

/**
 * One idea of the question: a word with its glossary synonyms (or its spelling corrections).
 * {@code alternatives} lists the forms that express it, each as the index terms that must all be
 * present (one term, or the words of a multi-word synonym such as "cahier de textes");
 * {@code weight} is its rarity (inverse document frequency); {@code known} is false when no form of
 * it occurs anywhere in the guides; {@code named} is true when the question names it (a product or
 * an acronym: "Moodle", "SIECLE"), and a passage that lacks it does not answer the question.
 */
public record Concept(List<List<String>> alternatives, double weight, boolean known,
    boolean corrected, boolean named) {
  public Concept(List<List<String>> alternatives, double weight, boolean known, boolean corrected) {
    this(alternatives, weight, known, corrected, false);
  }

  public Concept {
    alternatives = alternatives.stream().map(List::copyOf).toList();
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("a concept needs at least one form");
    }
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("concept weight must be >= 0, got " + weight);
    }
  }

  /** True when one of the forms has all its terms among {@code terms}. */
  public boolean isExpressedBy(java.util.Set<String> terms) {
    Objects.requireNonNull(terms, "terms");
    return alternatives.stream().anyMatch(terms::containsAll);
  }
}
