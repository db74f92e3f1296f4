package entbot.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProceduresBenchTest {
  @TempDir
  Path data;

  @Test
  void reportsEveryFigureBesideItsBaselineOnASmallModel() throws Exception {
    StringWriter report = new StringWriter();
    Map<String, Number> figures = new ProceduresBench(3).run(data, new PrintWriter(report)).asMap();
    for (String key : List.of("buildS", "planMs", "applyMs", "dbMB", "peakHeapMB")) {
      assertTrue(figures.get(key).doubleValue() > 0, key + " = " + figures.get(key));
    }
    assertEquals(List.of("buildS", "planMs", "applyMs", "dbMB", "peakHeapMB"), List.copyOf(figures.keySet()));
    assertTrue(report.toString().contains(" comptes"), report.toString());
    assertTrue(report.toString().contains("référence"), report.toString());
    assertEquals(List.of(), List.of(data.toFile().list()), "the bench cleans up after itself");
  }
}
