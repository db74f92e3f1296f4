package entbot.bot.bench;

import entbot.bot.BotException;
import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.answer.RefusalPolicy;
import entbot.knowledge.ingest.BundledGuides;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./entbot bench qa}: answer quality on the question set, over the five real guides
 * ({@code ../shared/guides}) and over the bundled fiches, for entbot and for the plain baseline
 * ({@link LineWindowBaseline}), in the same run; then calibrates the refusal threshold on the set.
 * Indexes are built in a temporary folder: the user's data is not touched.
 */
public final class QaBench implements BenchSuite {
  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) throws IOException {
    return run(QuestionSet.bundled().questions(), sharedGuides(), report);
  }

  /** Where the five real guides are: beside the repository ({@code entbot.root/../shared/guides}). */
  public static Path sharedGuides() {
    Path guides = Path.of(System.getProperty("entbot.root", "."), "..", "shared", "guides")
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(guides)) {
      throw BotException.failure("guides de référence introuvables : « " + guides + " ».", null);
    }
    return guides;
  }

  static BenchFigures run(List<QaQuestion> questions, Path sharedGuides, PrintWriter report)
      throws IOException {
    Path work = Files.createTempDirectory("entbot-bench-qa");
    try {
      QaEvaluation shared;
      try (KnowledgeBase knowledge = KnowledgeBase.open(work.resolve("shared"));
           LineWindowBaseline plain = new LineWindowBaseline(rawGuides(sharedGuides))) {
        knowledge.index(List.of(sharedGuides), message -> {});
        shared = QaEvaluation.run("shared", questions, knowledge, plain);
      }
      QaEvaluation bundled;
      try (KnowledgeBase knowledge = KnowledgeBase.open(work.resolve("bundled"));
           LineWindowBaseline plain = new LineWindowBaseline(BundledGuides.load().stream()
               .map(g -> new LineWindowBaseline.RawGuide(g.name(), g.content())).toList())) {
        knowledge.index(List.of(), message -> {});
        bundled = QaEvaluation.run("bundled", questions, knowledge, plain);
      }
      return report(questions, shared, bundled, report);
    } finally {
      deleteRecursively(work);
    }
  }

  private static BenchFigures report(List<QaQuestion> questions, QaEvaluation shared,
      QaEvaluation bundled, PrintWriter out) {
    QaScores entbot = new QaScores();
    entbot.add(shared.entbot);
    entbot.add(bundled.entbot);
    QaScores baseline = new QaScores();
    baseline.add(shared.baseline);
    baseline.add(bundled.baseline);
    List<ThresholdCalibration.Sample> samples = new ArrayList<>(shared.samples);
    samples.addAll(bundled.samples);
    ThresholdCalibration.Result calibration = ThresholdCalibration.best(samples);

    long hard = questions.stream().filter(QaQuestion::isHard).count();
    long uncovered = questions.stream().filter(q -> !q.isCovered()).count();
    out.printf(Locale.ROOT, "Banc d'essai qa : %d questions (%d difficiles, %d hors guides)%n",
        questions.size(), hard, uncovered);
    out.println("                       entbot   référence (FrenchAnalyzer brut, fenêtres de "
        + LineWindowBaseline.WINDOW_LINES + " lignes)");
    for (QaEvaluation evaluation : List.of(shared, bundled)) {
      out.printf(Locale.ROOT, "%n%s (%d questions avec passage attendu)%n",
          evaluation.corpus.equals("shared") ? "Guides réels (../shared/guides)" : "Fiches fournies",
          evaluation.entbot.expected());
      table(out, evaluation.entbot, evaluation.baseline);
    }
    out.printf(Locale.ROOT, "%nEnsemble%n");
    table(out, entbot, baseline);
    out.printf(Locale.ROOT, "%nSeuil de refus en service : %.3f ; seuil calibré sur le jeu "
            + "(meilleure exactitude équilibrée, %.3f) : %.3f%n",
        RefusalPolicy.THRESHOLD, calibration.balancedAccuracy(), calibration.threshold());
    List<String> misses = new ArrayList<>();
    shared.misses.forEach(m -> misses.add("réels " + m));
    bundled.misses.forEach(m -> misses.add("fiches " + m));
    out.println("Questions manquées : " + (misses.isEmpty() ? "aucune" : String.join(", ", misses)));
    out.flush();

    BenchFigures figures = new BenchFigures();
    put(figures, "", entbot, baseline);
    put(figures, "shared", shared.entbot, shared.baseline);
    put(figures, "bundled", bundled.entbot, bundled.baseline);
    figures.put("refusalThreshold", RefusalPolicy.THRESHOLD);
    figures.put("calibratedRefusalThreshold", round(calibration.threshold()));
    figures.put("questionCount", questions.size());
    return figures;
  }

  private static void table(PrintWriter out, QaScores entbot, QaScores baseline) {
    row(out, "hit@1", entbot.hitAt1(), baseline.hitAt1());
    row(out, "hit@3", entbot.hitAt3(), baseline.hitAt3());
    row(out, "MRR", entbot.mrr(), baseline.mrr());
    row(out, "fait énoncé", entbot.factRate(), baseline.factRate());
    row(out, "fait en 1re ligne", entbot.factFirstRate(), baseline.factFirstRate());
    row(out, "refus justes", entbot.refusalAccuracy(), baseline.refusalAccuracy());
    row(out, "hors guides refusées", entbot.uncoveredRefusedRate(), baseline.uncoveredRefusedRate());
    row(out, "difficiles hit@1", entbot.hardHitAt1(), baseline.hardHitAt1());
    row(out, "difficiles hit@3", entbot.hardHitAt3(), baseline.hardHitAt3());
    row(out, "difficiles MRR", entbot.hardMrr(), baseline.hardMrr());
    row(out, "difficiles fait", entbot.hardFactRate(), baseline.hardFactRate());
  }

  private static void row(PrintWriter out, String label, double entbot, double baseline) {
    out.printf(Locale.ROOT, "  %-22s %6.3f   %6.3f%n", label, entbot, baseline);
  }

  private static void put(BenchFigures figures, String prefix, QaScores entbot, QaScores baseline) {
    figures.put(key(prefix, "hitAt1"), round(entbot.hitAt1()));
    figures.put(key(prefix, "hitAt3"), round(entbot.hitAt3()));
    figures.put(key(prefix, "mrr"), round(entbot.mrr()));
    figures.put(key(prefix, "factRate"), round(entbot.factRate()));
    figures.put(key(prefix, "factFirstRate"), round(entbot.factFirstRate()));
    figures.put(key(prefix, "refusalAccuracy"), round(entbot.refusalAccuracy()));
    figures.put(key(prefix, "uncoveredRefusedRate"), round(entbot.uncoveredRefusedRate()));
    figures.put(key(prefix, "hardHitAt1"), round(entbot.hardHitAt1()));
    figures.put(key(prefix, "hardHitAt3"), round(entbot.hardHitAt3()));
    figures.put(key(prefix, "hardMrr"), round(entbot.hardMrr()));
    figures.put(key(prefix, "hardFactRate"), round(entbot.hardFactRate()));
    figures.put(key(prefix, "baselineHitAt1"), round(baseline.hitAt1()));
    figures.put(key(prefix, "baselineHitAt3"), round(baseline.hitAt3()));
    figures.put(key(prefix, "baselineMrr"), round(baseline.mrr()));
    figures.put(key(prefix, "baselineFactRate"), round(baseline.factRate()));
    figures.put(key(prefix, "baselineRefusalAccuracy"), round(baseline.refusalAccuracy()));
    figures.put(key(prefix, "baselineHardHitAt3"), round(baseline.hardHitAt3()));
    figures.put(key(prefix, "baselineHardMrr"), round(baseline.hardMrr()));
  }

  private static String key(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  private static List<LineWindowBaseline.RawGuide> rawGuides(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<LineWindowBaseline.RawGuide> guides = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        guides.add(new LineWindowBaseline.RawGuide(file.getFileName().toString(),
            Files.readAllBytes(file)));
      }
      return guides;
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
