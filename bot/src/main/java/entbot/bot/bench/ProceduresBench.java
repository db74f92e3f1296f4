package entbot.bot.bench;

import entbot.procedures.EntService;
import entbot.procedures.ProcedureService;
import entbot.procedures.engine.RunResult;
import entbot.procedures.seed.BenchModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./entbot bench procedures}: builds a generated ENT of 500 schools x ~1,000 people through the
 * model (checks, login generation), then times warm plans and applies of {@code aesh-entmip} on it.
 * Baselines measured in the same run: the same number of accounts inserted with plain JDBC (no
 * checks, no groups), and the same plan and apply on the one-school demo model. The JSON holds
 * exactly the five figures; the baselines are in the printed report.
 */
public final class ProceduresBench implements BenchSuite {
  static final int SCHOOLS = 500;
  private static final int WARMUP = 5;
  private static final int MEASURED = 21;

  private final int schools;

  public ProceduresBench() {
    this(SCHOOLS);
  }

  /** A smaller model, for the bench's own test. */
  ProceduresBench(int schools) {
    this.schools = schools;
  }

  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) throws Exception {
    Path root = Files.createTempDirectory("entbot-bench-procedures");
    try {
      resetPeakHeap();
      report.println("Banc « procedures » : " + schools + " établissements générés d'environ 1 000 personnes.");
      report.flush();
      Path big = root.resolve("big");
      EntService bigEnt = EntService.open(big);
      long start = System.nanoTime();
      bigEnt.withConnection(connection -> {
        BenchModel.build(connection, schools);
        return null;
      });
      double buildS = (System.nanoTime() - start) / 1e9;
      int users = bigEnt.summary().users();
      double baselineS = plainJdbcInsert(root.resolve("baseline"), users);
      report.printf(Locale.FRANCE, "Construction du modèle : %.1f s pour %,d comptes (objectif < 60 s) ; référence JDBC brute du même"
          + " nombre de comptes, sans contrôles ni groupes : %.1f s.%n", buildS, users, baselineS);
      report.flush();

      String uai = BenchModel.school(schools / 2).uai().value();
      double[] bigTimes = planAndApply(big, uai);
      Path demo = root.resolve("demo");
      EntService.open(demo).init(true);
      double[] demoTimes = planAndApply(demo, null);
      report.printf(Locale.FRANCE, "Plan à chaud de aesh-entmip (médiane) : %.1f ms (objectif < 50 ms) ; référence établissement de"
          + " démonstration seul : %.1f ms.%n", bigTimes[0], demoTimes[0]);
      report.printf(Locale.FRANCE, "Application à chaud (médiane) : %.1f ms (objectif < 100 ms) ; référence démonstration : %.1f ms.%n",
          bigTimes[1], demoTimes[1]);

      bigEnt.checkpoint();
      double dbMB = sizeMB(big);
      double demoMB = sizeMB(demo);
      double peakHeapMB = peakHeapMB();
      report.printf(Locale.FRANCE, "Taille de la base : %.0f Mo (démonstration : %.1f Mo) ; pic de tas : %.0f Mo (objectif < 1 024 Mo).%n",
          dbMB, demoMB, peakHeapMB);
      report.flush();
      return new BenchFigures()
          .put("buildS", round(buildS))
          .put("planMs", round(bigTimes[0]))
          .put("applyMs", round(bigTimes[1]))
          .put("dbMB", round(dbMB))
          .put("peakHeapMB", round(peakHeapMB));
    } finally {
      deleteTree(root);
    }
  }

  /** Median warm plan and apply times (ms) of aesh-entmip, each with a new person so nothing is cached. */
  private static double[] planAndApply(Path data, String uai) {
    List<Double> plans = new ArrayList<>();
    List<Double> applies = new ArrayList<>();
    try (ProcedureService service = ProcedureService.open(data)) {
      for (int i = 0; i < WARMUP + MEASURED; i++) {
        Map<String, String> params = uai == null
            ? Map.of("classe", "310", "prenom", "Aesh" + letters(i), "nom", "Essai" + letters(i))
            : Map.of("classe", "310", "prenom", "Aesh" + letters(i), "nom", "Essai" + letters(i), "etablissement", uai);
        long start = System.nanoTime();
        service.plan("aesh-entmip", params);
        double planMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        RunResult run = service.apply("aesh-entmip", params, "bench", null);
        double applyMs = (System.nanoTime() - start) / 1e6;
        if (!RunResult.APPLIED.equals(run.status())) {
          throw new IllegalStateException("bench apply did not apply: " + run.reason());
        }
        if (i >= WARMUP) {
          plans.add(planMs);
          applies.add(applyMs);
        }
      }
    }
    return new double[] {median(plans), median(applies)};
  }

  /** Names must be letters only: 0 -> "A", 25 -> "Z", 26 -> "Ab"... */
  private static String letters(int i) {
    StringBuilder name = new StringBuilder().append((char) ('A' + i % 26));
    for (int n = i / 26; n > 0; n /= 26) {
      name.append((char) ('a' + n % 26));
    }
    return name.toString();
  }

  private static double plainJdbcInsert(Path data, int users) {
    EntService ent = EntService.open(data);
    long start = System.nanoTime();
    ent.withConnection(connection -> {
      connection.createStatement().execute("PRAGMA cache_size = -262144");
      connection.createStatement().executeUpdate("INSERT INTO school VALUES ('0000000A', 'BASELINE')");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user VALUES (?, '', ?, ?, ?, ?,"
          + " 'Élève', 'AAF', 'Actif', '0000000A')")) {
        for (int i = 0; i < users; i++) {
          insert.setString(1, "u" + i);
          insert.setString(2, "Prenom" + i % 60);
          insert.setString(3, "Nom" + i % 100);
          insert.setString(4, "prenom" + i % 60);
          insert.setString(5, "nom" + i % 100);
          insert.executeUpdate();
        }
      }
      return null;
    });
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }

  private static double sizeMB(Path data) throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.list(data)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("ent.db")).toList()) {
        bytes += Files.size(file);
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
