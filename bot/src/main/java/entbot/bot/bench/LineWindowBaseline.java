package entbot.bot.bench;

import entbot.knowledge.answer.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The plain baseline entbot is measured against: Lucene's stock {@link FrenchAnalyzer}, guides cut
 * into fixed windows of {@link #WINDOW_LINES} lines, no glossary, no spelling tolerance, and it always
 * answers (with the start of the best window).
 */
public final class LineWindowBaseline implements AutoCloseable {
  static final int WINDOW_LINES = 20;
  private final Directory directory = new ByteBuffersDirectory();
  private final FrenchAnalyzer analyzer = new FrenchAnalyzer();
  private DirectoryReader reader;

  /** A guide as raw text. */
  public record RawGuide(String name, byte[] content) {}

  public LineWindowBaseline(List<RawGuide> guides) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (RawGuide guide : guides) {
        String[] lines = new String(guide.content(), StandardCharsets.UTF_8).split("\n", -1);
        for (int start = 0; start < lines.length; start += WINDOW_LINES) {
          String window = String.join("\n",
              java.util.Arrays.copyOfRange(lines, start, Math.min(lines.length, start + WINDOW_LINES)));
          if (window.isBlank()) {
            continue;
          }
          Document doc = new Document();
          doc.add(new StoredField("document", guide.name()));
          doc.add(new StoredField("text", window));
          doc.add(new TextField("content", window, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
    }
    reader = DirectoryReader.open(directory);
  }

  public List<Source> search(String question, int count) throws IOException {
    Query query = new QueryBuilder(analyzer).createBooleanQuery("content", question,
        BooleanClause.Occur.SHOULD);
    if (query == null) {
      return List.of();
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    List<Source> sources = new ArrayList<>();
    ScoreDoc[] top = searcher.search(query, count).scoreDocs;
    for (int i = 0; i < top.length; i++) {
      Document doc = searcher.storedFields().document(top[i].doc);
      sources.add(new Source(i + 1, doc.get("document"), "", doc.get("text"), top[i].score));
    }
    return sources;
  }

  /** The baseline's answer: the start of its best window. */
  public static String answer(List<Source> sources) {
    if (sources.isEmpty()) {
      return "";
    }
    String text = sources.get(0).text().strip();
    return text.length() <= 800 ? text : text.substring(0, 800);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
