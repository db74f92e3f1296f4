package entbot.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the whole QA evaluation in-process, against real indexes in a temporary folder. */
class QaBenchTest {
  @Test
  void entbotKeepsItsQualityFloorsAndBeatsTheBaselineOnHardQuestions() throws Exception {
    StringWriter report = new StringWriter();
    Map<String, Number> figures = QaBench.run(QuestionSet.bundled().questions(), QaBench.sharedGuides(),
        new PrintWriter(report)).asMap();
    double hitAt3 = figures.get("hitAt3").doubleValue();
    assertTrue(hitAt3 >= 0.9, "hit@3 " + hitAt3 + "\n" + report);
    double hardGain = figures.get("sharedHardHitAt3").doubleValue()
        - figures.get("sharedBaselineHardHitAt3").doubleValue();
    assertTrue(hardGain >= 0.1, "gain on hard questions " + hardGain + "\n" + report);
    assertTrue(figures.get("uncoveredRefusedRate").doubleValue() >= 0.9, report.toString());
    assertTrue(figures.get("factRate").doubleValue() >= figures.get("baselineFactRate").doubleValue() - 0.05,
        report.toString());
    assertTrue(report.toString().contains("référence"), "the report shows the baseline beside");
  }
}
