package entbot.bot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the refusal threshold on the question set instead of by hand: every midpoint between two
 * observed coverage values is tried, and the one with the best balanced accuracy (mean of the share
 * of covered questions answered and the share of uncovered ones refused) wins; among equals, the
 * middle of the widest winning interval (the largest margin on both sides).
 */
final class ThresholdCalibration {
  /** One question's coverage and whether it should be answered. */
  record Sample(double coverage, boolean shouldAnswer) {}

  record Result(double threshold, double balancedAccuracy) {}

  private ThresholdCalibration() {}

  static Result best(List<Sample> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("cannot calibrate a threshold on no question");
    }
    TreeSet<Double> values = new TreeSet<>();
    samples.forEach(s -> values.add(s.coverage()));
    List<Double> candidates = new ArrayList<>();
    candidates.add(0.0);
    Double previous = null;
    for (double value : values) {
      if (previous != null) {
        candidates.add((previous + value) / 2);
      }
      previous = value;
    }
    candidates.add(previous == null ? 1.0 : Math.min(1.0, previous + 1e-6));
    double bestScore = -1;
    List<Double> winners = new ArrayList<>();
    for (double candidate : candidates) {
      double score = balancedAccuracy(samples, candidate);
      if (score > bestScore + 1e-12) {
        bestScore = score;
        winners.clear();
      }
      if (Math.abs(score - bestScore) <= 1e-12) {
        winners.add(candidate);
      }
    }
    // Winners are sorted; the middle one sits in the widest run of equally good thresholds.
    return new Result(winners.get(winners.size() / 2), bestScore);
  }

  static double balancedAccuracy(List<Sample> samples, double threshold) {
    int positives = 0;
    int answered = 0;
    int negatives = 0;
    int refused = 0;
    for (Sample sample : samples) {
      boolean answers = sample.coverage() >= threshold;
      if (sample.shouldAnswer()) {
        positives++;
        answered += answers ? 1 : 0;
      } else {
        negatives++;
        refused += answers ? 0 : 1;
      }
    }
    double tpr = positives == 0 ? 1 : (double) answered / positives;
    double tnr = negatives == 0 ? 1 : (double) refused / negatives;
    return (tpr + tnr) / 2;
  }
}
