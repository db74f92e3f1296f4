package entbot.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the speed bench: the figures exist and are sane; speed itself is not asserted. */
class SearchBenchTest {
  @Test
  void measuresIndexingBesideRawLuceneAndAskLatencies(@TempDir Path data) throws Exception {
    StringWriter report = new StringWriter();
    Map<String, Number> figures = new SearchBench(2L * 1024 * 1024, 50).run(data, new PrintWriter(report)).asMap();
    for (String key : List.of("indexMBps", "vsLuceneIndexRatio", "askP50Ms", "askP99Ms", "peakHeapMB")) {
      assertTrue(figures.containsKey(key), key);
      assertTrue(figures.get(key).doubleValue() > 0, key + " = " + figures.get(key));
    }
    assertTrue(figures.get("corpusMB").doubleValue() >= 2.0);
    assertTrue(figures.get("askP99Ms").doubleValue() >= figures.get("askP50Ms").doubleValue());
    assertTrue(report.toString().contains("Lucene brut"), report.toString());
  }

  @Test
  void percentilesPickTheRightRank() {
    List<Double> values = List.of(5.0, 1.0, 3.0, 2.0, 4.0);
    assertEquals(3.0, SearchBench.percentile(values, 50));
    assertEquals(5.0, SearchBench.percentile(values, 99));
  }

  @Test
  void aNonPositiveCorpusSizeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SearchBench(0, 10));
  }
}
