package entbot.knowledge.analysis;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The distinct terms an analyzer makes of a text, for comparing passages with question concepts. */
public final class AnalyzedTerms {
  private AnalyzedTerms() {}

  public static Set<String> of(Analyzer analyzer, String text) {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream("content", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw KnowledgeException.failure("échec de l'analyse d'un passage.", e);
    }
    return terms;
  }
}
