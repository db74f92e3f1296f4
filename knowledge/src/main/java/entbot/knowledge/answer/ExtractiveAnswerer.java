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
 * Builds the answer from the retrieved passages without any model. It picks the few consecutive
 * lines of a passage that gather most of the question's concepts (where the guide states the role,
 * the menu path, the number), starts at the first line that bears on the question so the fact comes
 * first, completes a line ending with ":" with the steps it introduces, and adds the best lines of
 * another passage when they say something comparable. Each part carries its [n] reference; the
 * whole stays under {@link #MAX_CHARS}.
 */
public final class ExtractiveAnswerer {
  static final int MAX_CHARS = 800;
  private static final int WINDOW = 5;
  private static final int PASSAGES_CONSIDERED = 3;
  private static final double[] RANK_FACTOR = {1.0, 0.85, 0.7};
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}«\"(])");
  private static final Pattern STEP = Pattern.compile("^\\s*([-•*⇒→]|\\d{1,2}\\s*[./)-]|[a-zA-Z]\\s*[).])\\s*.*");

  private final Analyzer analyzer;

  /** {@code analyzer} must be the index analyzer, so that line terms compare with concepts' terms. */
  public ExtractiveAnswerer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The best window of one passage: its first line, its length in lines, its score. */
  private record Window(int source, int start, int length, double score) {}

  public String answer(SearchResult result, List<Source> sources) {
    int considered = Math.min(PASSAGES_CONSIDERED, sources.size());
    List<List<String>> units = new ArrayList<>();
    List<Window> best = new ArrayList<>();
    for (int s = 0; s < considered; s++) {
      List<String> lines = units(sources.get(s).text());
      units.add(lines);
      best.add(bestWindow(s, lines, result.concepts()));
    }
    Window first = best.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElse(null);
    if (first == null || first.score() <= 0) {
      return sources.isEmpty() ? "" : truncate(clean(sources.get(0).text())) + " [1]";
    }
    StringBuilder answer = new StringBuilder();
    append(answer, units.get(first.source()), first, true);
    best.stream()
        .filter(w -> w.source() != first.source() && w.score() >= 0.6 * first.score())
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .limit(1)
        .forEach(w -> append(answer, units.get(w.source()), w, false));
    return truncate(answer.toString().strip());
  }

  private Window bestWindow(int source, List<String> lines, List<Concept> concepts) {
    List<Set<String>> terms = lines.stream().map(this::terms).toList();
    Window best = new Window(source, 0, Math.min(WINDOW, lines.size()), 0);
    for (int start = 0; start < lines.size(); start++) {
      // Start on a line that bears on the question: the answer then opens with the fact.
      if (score(terms.get(start), concepts) == 0) {
        continue;
      }
      Set<String> window = new HashSet<>();
      int end = Math.min(lines.size(), start + WINDOW);
      for (int i = start; i < end; i++) {
        window.addAll(terms.get(i));
      }
      double score = score(window, concepts) * RANK_FACTOR[source];
      if (score > best.score()) {
        best = new Window(source, start, end - start, score);
      }
    }
    return best;
  }

  private static void append(StringBuilder answer, List<String> lines, Window window, boolean steps) {
    List<String> parts = new ArrayList<>(lines.subList(window.start(), window.start() + window.length()));
    // A line ending with ":" announces steps or a list: give them.
    int next = window.start() + window.length();
    while (steps && next < lines.size() && parts.size() < WINDOW + 4
        && (parts.get(parts.size() - 1).endsWith(":") || STEP.matcher(lines.get(next)).matches()
            && parts.stream().anyMatch(p -> p.endsWith(":")))) {
      parts.add(lines.get(next++));
    }
    StringBuilder piece = new StringBuilder();
    for (String part : parts) {
      if (answer.length() + piece.length() + part.length() > MAX_CHARS - 8 && piece.length() > 0) {
        break;
      }
      piece.append(piece.length() == 0 ? "" : "\n").append(clean(part));
    }
    if (piece.length() == 0 || answer.length() + 8 >= MAX_CHARS) {
      return;
    }
    if (answer.length() > 0) {
      answer.append("\n");
    }
    answer.append(piece).append(" [").append(window.source() + 1).append(']');
  }

  private static String clean(String text) {
    return text.strip().replace("**", "").replace('\t', ' ').replaceAll(" {2,}", " ");
  }

  private static String truncate(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int ref = text.lastIndexOf(" [");
    String tail = ref > 0 && text.length() - ref <= 5 ? text.substring(ref) : "";
    int room = MAX_CHARS - tail.length() - 1;
    int cut = text.lastIndexOf(' ', room);
    return text.substring(0, cut > room / 2 ? cut : room) + "…" + tail;
  }

  /** Lines of the passage, long lines cut into sentences; blank and tiny lines dropped. */
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
        units.add(stripped);
      }
    }
    return units;
  }

  private static double score(Set<String> terms, List<Concept> concepts) {
    double score = 0;
    for (Concept concept : concepts) {
      if (concept.isExpressedBy(terms)) {
        score += concept.weight();
      }
    }
    return score;
  }

  private Set<String> terms(String text) {
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
