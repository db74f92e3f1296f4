package entbot.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdCalibrationTest {
  private static ThresholdCalibration.Sample sample(double coverage, boolean answer) {
    return new ThresholdCalibration.Sample(coverage, answer);
  }

  @Test
  void putsTheThresholdInTheMiddleOfTheGapBetweenRefusedAndAnsweredQuestions() {
    ThresholdCalibration.Result result = ThresholdCalibration.best(List.of(
        sample(0.2, false), sample(0.3, false), sample(0.7, true), sample(0.9, true)));
    assertEquals(1.0, result.balancedAccuracy(), 1e-9);
    assertEquals(0.5, result.threshold(), 1e-9);
  }

  @Test
  void weighsCoveredAndUncoveredQuestionsEquallyWhenTheyOverlap() {
    ThresholdCalibration.Result result = ThresholdCalibration.best(List.of(
        sample(0.4, true), sample(0.6, true), sample(0.8, true), sample(0.5, false)));
    assertTrue(result.threshold() > 0.5 && result.threshold() <= 0.6, "threshold " + result.threshold());
  }

  @Test
  void noSampleIsAnError() {
    assertThrows(RuntimeException.class, () -> ThresholdCalibration.best(List.of()));
  }
}
