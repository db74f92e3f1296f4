package entbot.knowledge.answer;

import entbot.knowledge.search.SearchResult;

/**
 * Decides whether the best passage covers the question well enough to answer. The criterion is the
 * search's coverage (rarity-weighted share of the question's concepts present in the best passage):
 * a question outside the guides that shares a few common words with them ("créer", "Moodle") still
 * leaves its rare, decisive word ("quiz") uncovered.
 *
 * <p>{@link #THRESHOLD} is not hand-picked: {@code ./entbot bench qa} sweeps every candidate value
 * over the question set and reports the one maximising balanced accuracy (covered questions answered,
 * uncovered ones refused); see knowledge/README.md.
 */
public final class RefusalPolicy {
  public static final double THRESHOLD = 0.55;

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
    return !result.hits().isEmpty() && result.coverage() >= threshold;
  }

  public double threshold() {
    return threshold;
  }
}
