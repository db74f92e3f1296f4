package entbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.ingest.GuideFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideIndexerTest {
  private final Map<String, String> files = new HashMap<>();

  private GuideFile load(String key) {
    String text = files.get(key);
    if (text == null) {
      throw new IllegalStateException("simulated crash while reading " + key);
    }
    return new GuideFile(key, key, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String guide(String word) {
    return "# Guide " + word + "\n\n" + ("Le mot " + word + " revient dans ce passage. ").repeat(20);
  }

  private IndexReport run(FSDirectory directory, List<String> keys) {
    return new GuideIndexer(directory).update(keys, this::load, key -> true, message -> {});
  }

  private static org.apache.lucene.search.Query word(String word) {
    return new org.apache.lucene.util.QueryBuilder(GuideIndexer.analyzer())
        .createBooleanQuery(IndexFields.CONTENT, word);
  }

  private static int passagesOf(FSDirectory directory, String key) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.FILE, key)));
    }
  }

  @Test
  void unchangedGuidesCostNothingAndChangedOnesAreReplaced(@TempDir Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      files.put("a.md", guide("alpha"));
      files.put("b.md", guide("beta"));
      IndexReport first = run(directory, List.of("a.md", "b.md"));
      assertEquals(2, first.indexed());

      IndexReport second = run(directory, List.of("a.md", "b.md"));
      assertEquals(0, second.indexed());
      assertEquals(2, second.unchanged());

      files.put("b.md", guide("gamma"));
      IndexReport third = run(directory, List.of("a.md", "b.md"));
      assertEquals(1, third.indexed());
      assertEquals(1, third.unchanged());
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(0, searcher.count(word("beta")));
        assertTrue(searcher.count(word("gamma")) > 0);
      }
    }
  }

  @Test
  void deletedGuidesDisappearFromTheIndex(@TempDir Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      files.put("a.md", guide("alpha"));
      files.put("b.md", guide("beta"));
      run(directory, List.of("a.md", "b.md"));
      IndexReport report = run(directory, List.of("a.md"));
      assertEquals(1, report.removed());
      assertEquals(0, passagesOf(directory, "b.md"));
      assertTrue(passagesOf(directory, "a.md") > 0);
    }
  }

  @Test
  void aRunThatDiesHalfwayLeavesThePreviousIndexIntact(@TempDir Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      files.put("a.md", guide("alpha"));
      run(directory, List.of("a.md"));
      int before = passagesOf(directory, "a.md");

      files.put("a.md", guide("delta"));
      // "b.md" has no content: loading it throws an unexpected error, like a crash mid-run.
      assertThrows(IllegalStateException.class, () -> run(directory, List.of("a.md", "b.md")));

      assertEquals(before, passagesOf(directory, "a.md"));
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(0, new IndexSearcher(reader).count(word("delta")));
      }
    }
  }

  @Test
  void anUnreadableGuideIsSkippedWithAWarningNamingIt(@TempDir Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      files.put("a.md", guide("alpha"));
      IndexReport report = new GuideIndexer(directory).update(List.of("a.md", "casse.pdf"),
          key -> key.equals("casse.pdf")
              ? new GuideFile(key, key, "n'est pas un PDF".getBytes(StandardCharsets.UTF_8))
              : load(key),
          key -> true, message -> {});
      assertEquals(1, report.indexed());
      assertEquals(1, report.skipped());
      assertTrue(report.warnings().get(0).contains("casse.pdf"), report.warnings().toString());
    }
  }
}
