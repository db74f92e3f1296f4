package entbot.bot.bench;

import entbot.knowledge.analysis.TextNormalizer;
import entbot.knowledge.answer.Source;
import java.util.List;

/**
 * Accumulates the QA figures of one system on one corpus: ranks of the expected passage (hit@1,
 * hit@3, MRR over the returned sources), answers stating the expected fact, and the answer/refuse
 * decision (covered questions answered, uncovered ones refused), overall and on the hard subset.
 */
final class QaScores {
  private int expected;
  private int hardExpected;
  private int hit1;
  private int hit3;
  private double reciprocal;
  private int hardHit1;
  private int hardHit3;
  private double hardReciprocal;
  private int withFact;
  private int factStated;
  private int factFirst;
  private int hardWithFact;
  private int hardFactStated;
  private int decisions;
  private int rightDecisions;
  private int uncovered;
  private int refusedUncovered;

  /** Records a covered question that has an expected passage in this corpus. */
  void covered(QaQuestion question, QaQuestion.Expectation expectation, List<Source> sources,
      boolean answered, String answer) {
    int rank = rankOf(expectation, sources);
    expected++;
    hit1 += rank == 1 ? 1 : 0;
    hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
    reciprocal += rank > 0 ? 1.0 / rank : 0;
    if (question.isHard()) {
      hardExpected++;
      hardHit1 += rank == 1 ? 1 : 0;
      hardHit3 += rank >= 1 && rank <= 3 ? 1 : 0;
      hardReciprocal += rank > 0 ? 1.0 / rank : 0;
    }
    if (question.fact() != null && !question.fact().isBlank()) {
      boolean stated = answered && TextNormalizer.normalize(answer)
          .contains(TextNormalizer.normalize(question.fact()));
      withFact++;
      factStated += stated ? 1 : 0;
      // "States the fact first": the fact is on the answer's first line.
      factFirst += stated && TextNormalizer.normalize(answer.lines().findFirst().orElse(""))
          .contains(TextNormalizer.normalize(question.fact())) ? 1 : 0;
      if (question.isHard()) {
        hardWithFact++;
        hardFactStated += stated ? 1 : 0;
      }
    }
    decisions++;
    rightDecisions += answered ? 1 : 0;
  }

  void uncovered(boolean answered) {
    decisions++;
    uncovered++;
    rightDecisions += answered ? 0 : 1;
    refusedUncovered += answered ? 0 : 1;
  }

  /** 1-based rank of the first source holding the expected passage, 0 when none does. */
  static int rankOf(QaQuestion.Expectation expectation, List<Source> sources) {
    String passage = TextNormalizer.normalize(expectation.passage());
    for (Source source : sources) {
      if (source.document().equals(expectation.document())
          && TextNormalizer.normalize(source.text()).contains(passage)) {
        return source.rank();
      }
    }
    return 0;
  }

  int expected() {
    return expected;
  }

  double hitAt1() {
    return ratio(hit1, expected);
  }

  double hitAt3() {
    return ratio(hit3, expected);
  }

  double mrr() {
    return expected == 0 ? 0 : reciprocal / expected;
  }

  double factRate() {
    return ratio(factStated, withFact);
  }

  double factFirstRate() {
    return ratio(factFirst, withFact);
  }

  double hardHitAt1() {
    return ratio(hardHit1, hardExpected);
  }

  double hardHitAt3() {
    return ratio(hardHit3, hardExpected);
  }

  double hardMrr() {
    return hardExpected == 0 ? 0 : hardReciprocal / hardExpected;
  }

  double hardFactRate() {
    return ratio(hardFactStated, hardWithFact);
  }

  double refusalAccuracy() {
    return ratio(rightDecisions, decisions);
  }

  double uncoveredRefusedRate() {
    return ratio(refusedUncovered, uncovered);
  }

  /** Adds {@code other}'s counts to this one (overall figures over both corpora). */
  void add(QaScores other) {
    expected += other.expected;
    hardExpected += other.hardExpected;
    hit1 += other.hit1;
    hit3 += other.hit3;
    reciprocal += other.reciprocal;
    hardHit1 += other.hardHit1;
    hardHit3 += other.hardHit3;
    hardReciprocal += other.hardReciprocal;
    withFact += other.withFact;
    factStated += other.factStated;
    factFirst += other.factFirst;
    hardWithFact += other.hardWithFact;
    hardFactStated += other.hardFactStated;
    decisions += other.decisions;
    rightDecisions += other.rightDecisions;
    uncovered += other.uncovered;
    refusedUncovered += other.refusedUncovered;
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
