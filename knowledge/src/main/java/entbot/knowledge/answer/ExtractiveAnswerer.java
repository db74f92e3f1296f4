package entbot.knowledge.answer;

import entbot.knowledge.KnowledgeException;
import entbot.knowledge.search.Concept;
import entbot.knowledge.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Builds the answer from the retrieved passages without any model: the line or sentence that best
 * matches the question comes first (it usually states the fact: the role, the menu path, the
 * number), followed by the steps it introduces and, when they add something, the best line of the
 * next passages, each with its [n] reference. Kept under {@link #MAX_CHARS}.
 */
public final class ExtractiveAnswerer {
  static final int MAX_CHARS = 800;
  private static final int PASSAGES_CONSIDERED = 3;
  private static final double[] RANK_FACTOR = {1.0, 0.8, 0.65};
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}«\"(])");
  private static final Pattern STEP = Pattern.compile("^\\s*([-•*⇒→]|\\d{1,2}\\s*[./)-]|[a-zA-Z]\\s*[).])\\s*.*");

  private final Analyzer analyzer;

  /** {@code analyzer} must be the index analyzer, so that unit terms compare with question terms. */
  public ExtractiveAnswerer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private record Unit(int source, int line, String text, double score) {}

  public String answer(SearchResult result, List<Source> sources) {
    List<List<String>> lines = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (int s = 0; s < Math.min(PASSAGES_CONSIDERED, sources.size()); s++) {
      List<String> passageLines = units(sources.get(s).text());
      lines.add(passageLines);
      for (int l = 0; l < passageLines.size(); l++) {
        String text = passageLines.get(l);
        double score = score(text, result.concepts()) * RANK_FACTOR[s];
        if (text.strip().endsWith("?")) {
          score *= 0.5; // a question heading restates the question, it does not answer it
        }
        units.add(new Unit(s, l, text, score));
      }
    }
    Unit best = units.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElse(null);
    if (best == null || best.score() <= 0) {
      return firstLines(sources);
    }
    StringBuilder answer = new StringBuilder();
    appendPiece(answer, best.text(), best.source());
    // The steps or list items introduced by the best line complete it.
    List<String> own = lines.get(best.source());
    for (int l = best.line() + 1; l < own.size() && l <= best.line() + 4; l++) {
      String next = own.get(l);
      boolean continues = best.text().strip().endsWith(":") || STEP.matcher(next).matches();
      if (!continues || answer.length() + next.length() > MAX_CHARS - 40) {
        break;
      }
      appendPiece(answer, next, -1);
    }
    closeReference(answer, best.source());
    Set<Integer> cited = new HashSet<>(List.of(best.source()));
    units.stream()
        .filter(u -> !cited.contains(u.source()) && u.score() >= 0.6 * best.score())
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .forEach(u -> {
          if (cited.add(u.source()) && answer.length() + u.text().length() < MAX_CHARS - 10) {
            appendPiece(answer, u.text(), u.source());
            closeReference(answer, u.source());
          }
        });
    return truncate(answer.toString().strip());
  }

  private static void appendPiece(StringBuilder answer, String text, int source) {
    if (answer.length() > 0) {
      answer.append(answer.charAt(answer.length() - 1) == ']' ? "\n" : " ");
    }
    answer.append(text.strip().replace("**", ""));
  }

  private static void closeReference(StringBuilder answer, int source) {
    answer.append(" [").append(source + 1).append(']');
  }

  /** When no line shares a term with the question, the start of the best passage stands in. */
  private static String firstLines(List<Source> sources) {
    if (sources.isEmpty()) {
      return "";
    }
    return truncate(sources.get(0).text().strip().replace("**", "")) + " [1]";
  }

  private static String truncate(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS - 6);
    String kept = text.substring(0, cut > 0 ? cut : MAX_CHARS - 6);
    // Keep the last reference visible even when the text is cut.
    int ref = text.lastIndexOf(" [");
    String tail = ref > kept.length() ? text.substring(ref) : "";
    return (kept + "…" + tail).substring(0, Math.min(kept.length() + 1 + tail.length(), MAX_CHARS));
  }

  /** Lines of the passage, long lines cut into sentences; blank and one-word lines dropped. */
  static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (stripped.length() < 4) {
        continue;
      }
      if (stripped.length() > 300) {
        for (String sentence : SENTENCE_END.split(stripped)) {
          units.add(sentence);
        }
      } else {
        units.add(stripped.replace('\t', ' '));
      }
    }
    return units;
  }

  /** Sum of the weights of the question's concepts that the unit expresses. */
  private double score(String text, List<Concept> concepts) {
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
    double score = 0;
    for (Concept concept : concepts) {
      if (concept.isExpressedBy(terms)) {
        score += concept.weight();
      }
    }
    return score;
  }
}
