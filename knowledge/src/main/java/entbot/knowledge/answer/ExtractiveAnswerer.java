package entbot.knowledge.answer;

import entbot.knowledge.analysis.AnalyzedTerms;
import entbot.knowledge.search.Concept;
import entbot.knowledge.search.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Builds the answer from the retrieved passages without any model. It picks the few consecutive
 * lines of a passage that answer, opening with the line that best matches the question by itself
 * (preferring the one that gives the value asked for, see {@link QuestionFocus}) so that the fact
 * comes first, among lines that gather the rest of the question; completes a line ending with ":" with the steps it introduces, and adds the best lines of
 * another passage when they say something comparable. Each part carries its [n] reference; the
 * whole stays under {@link #MAX_CHARS}.
 */
public final class ExtractiveAnswerer {
  static final int MAX_CHARS = 800;
  private static final int WINDOW = 5;
  private static final int PASSAGES_CONSIDERED = 3;
  /** Lines either side of a candidate lead line that count as its neighbourhood. */
  private static final int CONTEXT = 3;
  /** Added to a lead line's score (a share of the question) when it gives the value asked for. */
  private static final double CRUX_BONUS = 0.5;
  private static final double[] RANK_FACTOR = {1.0, 0.85, 0.7};
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}«\"(])");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern STEP = Pattern.compile("^\\s*([-•*⇒→]|\\d{1,2}\\s*[./)-]|[a-zA-Z]\\s*[).])\\s*.*");

  private final Analyzer analyzer;

  /** {@code analyzer} must be the index analyzer, so that line terms compare with concepts' terms. */
  public ExtractiveAnswerer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Where the answer opens in one passage: the lead line, the window's length, its score. */
  private record Window(int source, int start, int length, double score) {}

  public String answer(SearchResult result, List<Source> sources) {
    int considered = Math.min(PASSAGES_CONSIDERED, sources.size());
    QuestionFocus focus = QuestionFocus.of(result.question(), result.concepts(), analyzer);
    double total = result.concepts().stream().mapToDouble(Concept::weight).sum();
    List<List<String>> units = new ArrayList<>();
    List<Window> best = new ArrayList<>();
    for (int s = 0; s < considered; s++) {
      List<String> lines = units(sources.get(s).text());
      units.add(lines);
      best.add(bestLead(s, lines, result.concepts(), total, focus));
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

  /**
   * The line the answer should open with: the one that best matches the question by itself (its
   * share of the question's concepts, more when it gives the value asked for: the crux), in a
   * neighbourhood that gathers the rest of the question (a summary line that names everything but
   * states nothing loses to the form line "Rôle ? CPE" beside the service and the group).
   */
  private Window bestLead(int source, List<String> lines, List<Concept> concepts, double total,
      QuestionFocus focus) {
    Window best = new Window(source, 0, Math.min(WINDOW, lines.size()), 0);
    if (total <= 0) {
      return best;
    }
    List<Set<String>> terms = lines.stream().map(this::terms).toList();
    for (int lead = 0; lead < lines.size(); lead++) {
      double own = score(terms.get(lead), concepts) / total;
      if (own == 0) {
        continue;
      }
      Set<String> around = new HashSet<>();
      for (int i = Math.max(0, lead - CONTEXT); i < Math.min(lines.size(), lead + CONTEXT + 1); i++) {
        around.addAll(terms.get(i));
      }
      double crux = focus.isCrux(lines.get(lead), analyzer) ? CRUX_BONUS : 0;
      double score = (score(around, concepts) / total + own + crux) * RANK_FACTOR[source];
      if (score > best.score()) {
        best = new Window(source, lead, Math.min(WINDOW, lines.size() - lead), score);
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

  /**
   * Markdown heading marks go; the heading itself stays a candidate line: in the fiches it often
   * states the fact ("## Responsables d'affectation GAR : 25 personnes maximum"). Skipping headings
   * outright cost 0.055 of bundled fact rate on bench qa.
   */
  private static String clean(String text) {
    return HEADING_MARK.matcher(text.strip()).replaceFirst("").replace("**", "").replace('\t', ' ').replaceAll(" {2,}", " ");
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
    return AnalyzedTerms.of(analyzer, text);
  }
}
