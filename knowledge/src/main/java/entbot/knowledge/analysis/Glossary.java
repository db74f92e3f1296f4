package entbot.knowledge.analysis;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The ENT glossary: acronyms and synonyms in Solr synonyms format ("cdt, cahier de textes"),
 * bundled as {@code entbot/glossary.txt} and extended by {@code DATA/glossary.txt} when present.
 */
public final class Glossary {
  public static final String BUNDLED = "entbot/glossary.txt";
  public static final String LOCAL_FILE = "glossary.txt";

  private Glossary() {}

  /** The bundled glossary plus {@code dataDir/glossary.txt} if it exists ({@code dataDir} may be null). */
  public static SynonymMap load(Path dataDir) {
    try (Analyzer rules = FrenchAnalysis.glossaryRuleAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, rules);
      try (InputStream bundled = Glossary.class.getClassLoader().getResourceAsStream(BUNDLED)) {
        if (bundled != null) {
          parse(parser, new InputStreamReader(bundled, StandardCharsets.UTF_8), BUNDLED);
        }
      }
      Path local = dataDir == null ? null : dataDir.resolve(LOCAL_FILE);
      if (local != null && Files.isRegularFile(local)) {
        try (Reader reader = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
          parse(parser, reader, local.toString());
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de lire le glossaire.", e);
    }
  }

  private static void parse(SolrSynonymParser parser, Reader reader, String name) throws IOException {
    try {
      parser.parse(reader);
    } catch (ParseException | IllegalArgumentException e) {
      throw KnowledgeException.badInput("glossaire invalide (" + name + ") : " + e.getMessage() + ".");
    }
  }
}
