package entbot.bot.bench;

import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.RefusalPolicy;
import entbot.knowledge.answer.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the question set against entbot and the baseline on one corpus ("shared": the five real
 * guides; "bundled": the fiches shipped with entbot). Questions without an expected passage in this
 * corpus are left out, except uncovered ones, which must be refused everywhere.
 */
final class QaEvaluation {
  final String corpus;
  final QaScores entbot = new QaScores();
  final QaScores baseline = new QaScores();
  final List<ThresholdCalibration.Sample> samples = new ArrayList<>();
  final List<String> misses = new ArrayList<>();

  private QaEvaluation(String corpus) {
    this.corpus = corpus;
  }

  static QaEvaluation run(String corpus, List<QaQuestion> questions, KnowledgeBase knowledge,
      LineWindowBaseline plain) throws IOException {
    QaEvaluation evaluation = new QaEvaluation(corpus);
    for (QaQuestion question : questions) {
      QaQuestion.Expectation expectation = question.expectation(corpus);
      if (question.isCovered() && expectation == null) {
        continue;
      }
      Answer answer = knowledge.ask(question.question());
      double coverage = RefusalPolicy.confidence(knowledge.search(question.question()));
      evaluation.samples.add(new ThresholdCalibration.Sample(coverage, question.isCovered()));
      List<Source> baselineSources = plain.search(question.question(), KnowledgeBase.SOURCES);
      if (question.isCovered()) {
        evaluation.entbot.covered(question, expectation, answer.sources(), answer.answered(),
            answer.answer());
        evaluation.baseline.covered(question, expectation, baselineSources, true,
            LineWindowBaseline.answer(baselineSources));
        int rank = QaScores.rankOf(expectation, answer.sources());
        if (rank == 0 || rank > 3 || !answer.answered()) {
          evaluation.misses.add(question.id() + (rank == 0 || rank > 3 ? " (passage absent du top 3)"
              : "") + (answer.answered() ? "" : String.format(" (refusée à tort, confiance %.2f)",
              coverage)));
        }
      } else {
        evaluation.entbot.uncovered(answer.answered());
        evaluation.baseline.uncovered(true);
        if (answer.answered()) {
          evaluation.misses.add(question.id() + String.format(" (hors guides mais répondue, "
              + "confiance %.2f)", coverage));
        }
      }
    }
    return evaluation;
  }
}
