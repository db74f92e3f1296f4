package entbot.bot.bench;

import entbot.bot.tickets.draft.NameLexicon;
import entbot.bot.tickets.draft.RoutingRules;
import entbot.bot.tickets.draft.TicketDrafter;
import entbot.bot.tickets.quality.DraftQuality;
import entbot.bot.tickets.quality.NaiveDrafter;
import entbot.bot.tickets.quality.TicketDataset;
import entbot.bot.tickets.quality.TicketScorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./entbot bench tickets}: drafts the bundled reports ({@code entbot/bench/tickets.yaml})
 * with entbot's rules and with a naive baseline (one ticket per paragraph, first keyword routes),
 * and prints split and routing accuracy, people and classes F1, exact missing items, and the warm
 * drafting time per report (goal: under 5 ms). Nothing is stored: {@code --data} is not used.
 */
public final class TicketsBench implements BenchSuite {
  private static final int WARMUP_ROUNDS = 30;
  private static final int TIMED_ROUNDS = 30;

  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) {
    TicketDataset dataset = TicketDataset.bundled();
    TicketDrafter drafter = new TicketDrafter(RoutingRules.bundled(), NameLexicon.bundled());
    NaiveDrafter naive = new NaiveDrafter();

    TicketScorer rules = DraftQuality.score(dataset, DraftQuality.rules(drafter));
    TicketScorer baseline = DraftQuality.score(dataset, naive::draft);
    double rulesMs = msPerReport(dataset, text -> drafter.draft(text));
    double baselineMs = msPerReport(dataset, naive::draft);

    report.printf(Locale.FRANCE, "Banc d'essai « tickets » : %d signalements, %d tickets attendus.%n",
        dataset.reports().size(), dataset.expectedTickets());
    report.printf(Locale.FRANCE, "%-38s %10s %12s%n", "", "entbot", "base naïve");
    line(report, "Découpage exact (nombre de tickets)", rules.splitAccuracy(), baseline.splitAccuracy());
    line(report, "Routage vers le bon service", rules.routingAccuracy(), baseline.routingAccuracy());
    line(report, "Personnes extraites (F1)", rules.peopleF1(), baseline.peopleF1());
    line(report, "Classes et groupes extraits (F1)", rules.classesF1(), baseline.classesF1());
    line(report, "Manques exacts (people, attachments)", rules.missingAccuracy(), baseline.missingAccuracy());
    report.printf(Locale.FRANCE, "%-38s %10.3f %12.3f   (objectif < 5 ms à chaud)%n",
        "Rédaction (ms par signalement)", rulesMs, baselineMs);
    TicketDataset heldOut = TicketDataset.heldOut();
    TicketScorer heldRules = DraftQuality.score(heldOut, DraftQuality.rules(drafter));
    TicketScorer heldBaseline = DraftQuality.score(heldOut, naive::draft);
    report.printf(Locale.FRANCE, "%nSignalements tenus à l'écart du réglage des règles : %d signalements, %d tickets attendus.%n",
        heldOut.reports().size(), heldOut.expectedTickets());
    line(report, "Découpage exact (nombre de tickets)", heldRules.splitAccuracy(), heldBaseline.splitAccuracy());
    line(report, "Routage vers le bon service", heldRules.routingAccuracy(), heldBaseline.routingAccuracy());
    line(report, "Personnes extraites (F1)", heldRules.peopleF1(), heldBaseline.peopleF1());
    line(report, "Classes et groupes extraits (F1)", heldRules.classesF1(), heldBaseline.classesF1());
    line(report, "Manques exacts (people, attachments)", heldRules.missingAccuracy(), heldBaseline.missingAccuracy());
    report.flush();

    return new BenchFigures()
        .put("reports", dataset.reports().size())
        .put("expectedTickets", dataset.expectedTickets())
        .put("splitAccuracy", round(rules.splitAccuracy()))
        .put("routingAccuracy", round(rules.routingAccuracy()))
        .put("peopleF1", round(rules.peopleF1()))
        .put("classesF1", round(rules.classesF1()))
        .put("missingAccuracy", round(rules.missingAccuracy()))
        .put("draftMsPerReport", round(rulesMs))
        .put("baselineSplitAccuracy", round(baseline.splitAccuracy()))
        .put("baselineRoutingAccuracy", round(baseline.routingAccuracy()))
        .put("baselinePeopleF1", round(baseline.peopleF1()))
        .put("baselineClassesF1", round(baseline.classesF1()))
        .put("baselineMissingAccuracy", round(baseline.missingAccuracy()))
        .put("baselineDraftMsPerReport", round(baselineMs))
        .put("heldOutReports", heldOut.reports().size())
        .put("heldOutSplitAccuracy", round(heldRules.splitAccuracy()))
        .put("heldOutRoutingAccuracy", round(heldRules.routingAccuracy()))
        .put("heldOutPeopleF1", round(heldRules.peopleF1()))
        .put("heldOutClassesF1", round(heldRules.classesF1()))
        .put("heldOutMissingAccuracy", round(heldRules.missingAccuracy()))
        .put("baselineHeldOutSplitAccuracy", round(heldBaseline.splitAccuracy()))
        .put("baselineHeldOutRoutingAccuracy", round(heldBaseline.routingAccuracy()));
  }

  /** Mean warm time per report: the whole dataset drafted repeatedly after a warm-up. */
  private static double msPerReport(TicketDataset dataset, java.util.function.Function<String, ?> drafter) {
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      dataset.reports().forEach(r -> drafter.apply(r.text()));
    }
    long start = System.nanoTime();
    for (int round = 0; round < TIMED_ROUNDS; round++) {
      dataset.reports().forEach(r -> drafter.apply(r.text()));
    }
    long elapsed = System.nanoTime() - start;
    return elapsed / 1e6 / (TIMED_ROUNDS * dataset.reports().size());
  }

  private static void line(PrintWriter report, String label, double rules, double baseline) {
    report.printf(Locale.FRANCE, "%-38s %10.3f %12.3f%n", label, rules, baseline);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
