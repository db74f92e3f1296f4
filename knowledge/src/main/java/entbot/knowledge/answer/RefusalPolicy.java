package entbot.knowledge.answer;

import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.search.SearchResult;
import org.apache.lucene.analysis.Analyzer;

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
  static final double UNKNOWN_FOCUS_FACTOR = 0.9;
  private static final Analyzer ANALYZER = FrenchAnalysis.indexAnalyzer();

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
    return !result.hits().isEmpty() && confidence(result) >= threshold;
  }

  /**
   * The search's confidence, times {@link #UNKNOWN_FOCUS_FACTOR} when what the question asks for
   * (its {@link QuestionFocus}) occurs nowhere in the guides: "quel est le salaire d'un AESH en
   * CDD ?" finds "AESH en CDD" together, but guides that never mention a salary cannot give one.
   * Chosen on bench qa over lowering every passage that lacks the focus word, which also refused
   * covered questions whose answer does not repeat a generic word ("quel mode…").
   */
  public static double confidence(SearchResult result) {
    QuestionFocus focus = QuestionFocus.of(result.question(), result.concepts(), ANALYZER);
    return result.confidence() * (focus.isKnown() ? 1 : UNKNOWN_FOCUS_FACTOR);
  }

  public double threshold() {
    return threshold;
  }
}
