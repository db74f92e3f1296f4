package entbot.knowledge.search;

import entbot.knowledge.analysis.AnalyzedTerms;
import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How closely a passage gathers the question's concepts: the best rarity-weighted coverage of the
 * question by any {@link #WINDOW_LINES} consecutive lines. A passage that answers states the role,
 * the menu and the profile together; one that merely mentions the same words here and there does
 * not. {@code analyzer} must be the index analyzer, so that terms compare with the concepts'.
 */
final class Proximity {
  static final int WINDOW_LINES = 3;

  private final Analyzer analyzer;

  Proximity(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  double bestWindowCoverage(String text, List<Concept> concepts) {
    double total = concepts.stream().mapToDouble(Concept::weight).sum();
    if (total == 0) {
      return 0;
    }
    List<Set<String>> lines = lineTerms(text);
    double best = 0;
    for (int start = 0; start < lines.size(); start++) {
      Set<String> window = new HashSet<>();
      for (int i = start; i < Math.min(lines.size(), start + WINDOW_LINES); i++) {
        window.addAll(lines.get(i));
      }
      double covered = 0;
      for (Concept concept : concepts) {
        if (concept.isExpressedBy(window)) {
          covered += concept.corrected() ? concept.weight() / 2 : concept.weight();
        }
      }
      best = Math.max(best, covered / total);
    }
    return best;
  }

  /**
   * The terms of each non-blank line, from one pass of the analyzer over the whole text (a token
   * stream per line would cost more than the search itself on long passages).
   */
  List<Set<String>> lineTerms(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    List<Set<String>> byLine = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      byLine.add(new HashSet<>());
    }
    try (TokenStream stream = analyzer.tokenStream("content", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int line = 0;
      while (stream.incrementToken()) {
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset.startOffset()) {
          line++;
        }
        byLine.get(line).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw KnowledgeException.failure("échec de l'analyse d'un passage.", e);
    }
    byLine.removeIf(Set::isEmpty);
    return byLine;
  }

  Set<String> terms(String text) {
    return AnalyzedTerms.of(analyzer, text);
  }
}
