package entbot.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chains, one small filter per concern:
 * tokenize → elision (l', d', qu'...) → lower-case → ASCII folding (OCR text loses its accents, so
 * accents are dropped on both sides) → stop words → [glossary synonyms, query side only] →
 * light stemming. Stop words go before the synonyms (a filter that removes tokens after
 * SynonymGraphFilter breaks its graph), so glossary entries are read through the same stop filter:
 * "cahier de textes" is stored as "cahier textes" and still matches the question's words.
 */
public final class FrenchAnalysis {
  /** French stop words, folded like the tokens they filter, plus the words of a question. */
  public static final CharArraySet STOP_WORDS = stopWords();

  private FrenchAnalysis() {}

  /** The chain used to index passages. */
  public static Analyzer indexAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = foldedWords(source);
        stream = new GaplessStopFilter(stream, STOP_WORDS);
        return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
      }
    };
  }

  /** The chain used for questions: the index chain plus the glossary's synonyms. */
  public static Analyzer queryAnalyzer(SynonymMap glossary) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new GaplessStopFilter(foldedWords(source), STOP_WORDS);
        if (glossary.fst != null) {
          stream = new SynonymGraphFilter(stream, glossary, true);
        }
        return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
      }
    };
  }

  /** Words as the glossary sees them: stop words removed like in questions, not stemmed yet. */
  static Analyzer glossaryRuleAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new GaplessStopFilter(foldedWords(source), STOP_WORDS));
      }
    };
  }

  private static TokenStream foldedWords(Tokenizer source) {
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    return new ASCIIFoldingFilter(stream);
  }

  private static CharArraySet stopWords() {
    List<String> words = new ArrayList<>();
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      words.add(TextNormalizer.fold(new String((char[]) word)));
    }
    // Question words carry no content: "comment faire pour..." must not match passages on "faire".
    words.addAll(List.of("comment", "quel", "quelle", "quels", "quelles", "faire", "faut", "fait",
        "peut", "peux", "puis", "pourquoi", "quand", "quoi", "dois", "doit", "doivent", "est",
        "bonjour", "svp", "merci", "ca", "cela", "ceci", "via", "chez", "donc", "alors", "aussi",
        "possible", "besoin", "veux", "voudrais", "souhaite", "ya", "y", "il", "elle", "on",
        // Colloquial scaffolding of admins' questions: "qd", "combien", "ça marche comme...".
        "qd", "combien", "rien", "met", "mets", "mettre", "mis", "fais", "aura", "auront", "comme",
        "vient", "viennent", "souci", "soucis", "probleme", "problemes", "truc", "existe",
        "existent", "exister", "ete", "ok", "stp", "svp", "quoi", "genre", "son", "sa", "ses", "mon",
        "ma", "mes", "ton", "ta", "tes", "leur", "leurs", "sien", "sienne", "aller", "va", "vais",
        "dit", "dire",
        // Chat abbreviations: "cmt on fait pr...", "cb de temps", "ds la messagerie".
        "cmt", "pr", "ds", "cb", "tjs", "qq", "qqn", "svp", "bcp", "pk", "pq"));
    CharArraySet set = new CharArraySet(words.size(), true);
    for (String word : words) {
      set.add(word.toLowerCase(Locale.ROOT));
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
