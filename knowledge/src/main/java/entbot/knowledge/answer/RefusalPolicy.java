package entbot.knowledge.answer;

import entbot.knowledge.search.SearchResult;

/**
 * Decides whether the passages found answer the question. The criterion is the search's confidence
 * (the largest rarity-weighted share of the question's concepts found together within three lines
 * of one of the first passages): a question outside the guides that shares words with them
 * ("créer un quiz dans Moodle") finds them scattered, never gathered as in an answering passage.
 *
 * <p>{@link #THRESHOLD} is not hand-picked: {@code ./entbot bench qa} sweeps every candidate value
 * over the question set and reports the one maximising balanced accuracy (covered questions answered,
 * uncovered ones refused); see knowledge/README.md.
 */
public final class RefusalPolicy {
  public static final double THRESHOLD = 0.495;

  private final double threshold;

  public RefusalPolicy(double threshold) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be within [0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  public static RefusalPolicy calibrated() {
    return new RefusalPolicy(THRESHOLD);
  }

  public boolean answers(SearchResult result) {
    return !result.hits().isEmpty() && result.confidence() >= threshold;
  }

  public double threshold() {
    return threshold;
  }
}
