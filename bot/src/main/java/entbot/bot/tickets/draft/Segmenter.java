package entbot.bot.tickets.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a report into small pieces and says how strongly each piece is separated from the one
 * before: a separator line or bullet ({@link Level#HARD}), a blank line ({@link Level#PARAGRAPH}),
 * a sentence end or line break ({@link Level#SENTENCE}), a comma or a linking word such as "et",
 * "puis", "par ailleurs" ({@link Level#CLAUSE}). Deciding which pieces belong together is the
 * {@link IncidentSplitter}'s job.
 */
public final class Segmenter {
  /** How a piece is separated from the previous one, strongest first. */
  public enum Level { HARD, PARAGRAPH, SENTENCE, CLAUSE }

  /**
   * One piece: its text, the separation before it, what stood in between ({@code joiner}), and
   * whether a colon came earlier in its sentence (what follows a colon explains what precedes).
   */
  public record Piece(String text, Level level, String joiner, boolean afterColon) {}

  private static final Pattern INLINE_SEPARATOR = Pattern.compile("\\s*(?:-{3,}|_{3,}|={3,}|\\*{3,}|~{3,}|#{3,})\\s*");
  private static final Pattern BULLET = Pattern.compile("^(?:[-*•·▪►➢→>–—]|\\d{1,2}\\s?[.)]|[a-z]\\))\\s+");
  private static final Pattern NEW_ITEM_HEADING = Pattern.compile(
      "(?iu)^(?:(?:probl[eè]me|souci|incident|point)\\s*(?:n°\\s*)?\\d+\\s*[:.)-]|(?:autre|deuxi[eè]me|troisi[eè]me|second)\\s+(?:probl[eè]me|souci|incident|point)\\s*:?)");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?iu)\\s*,\\s*(?:(?:et puis|et aussi|et|puis|ainsi que|mais aussi|de plus|par ailleurs|d['’]autre part|en outre|sinon)\\s+)?"
          + "|\\s+(?:et puis|et aussi|et|puis|ainsi que|mais aussi|de plus|par ailleurs|d['’]autre part|en outre)\\s+"
          + "|\\s+[-–—]\\s+");
  private static final Set<String> ABBREVIATIONS = Set.of("m", "mr", "mme", "mlle", "cf", "ex", "p", "n°", "st", "ste", "dr");
  private static final char HARD_MARK = '\u0001';

  public List<Piece> pieces(String report) {
    String text = Normalizer.normalize(report, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    text = INLINE_SEPARATOR.matcher(text).replaceAll("\n" + HARD_MARK + "\n");
    List<Piece> pieces = new ArrayList<>();
    Level pending = Level.HARD;
    for (String rawLine : text.split("\n", -1)) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        pending = stronger(pending, Level.PARAGRAPH);
        continue;
      }
      if (line.charAt(0) == HARD_MARK) {
        pending = Level.HARD;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.find()) {
        line = line.substring(bullet.end()).strip();
        pending = Level.HARD;
      } else if (NEW_ITEM_HEADING.matcher(line).find()) {
        pending = Level.HARD;
      }
      boolean firstOfLine = true;
      for (String sentence : sentences(line)) {
        boolean firstOfSentence = true;
        Matcher clause = CLAUSE_BREAK.matcher(sentence);
        int from = 0;
        String joiner = " ";
        while (true) {
          boolean found = clause.find();
          int end = found ? clause.start() : sentence.length();
          String part = sentence.substring(from, end).strip();
          if (!part.isEmpty()) {
            Level level = firstOfLine ? stronger(pending, Level.SENTENCE)
                : firstOfSentence ? Level.SENTENCE : Level.CLAUSE;
            boolean afterColon = sentence.substring(0, from).indexOf(':') >= 0;
            pieces.add(new Piece(part, level, level == Level.CLAUSE ? joiner : " ", afterColon));
            firstOfLine = false;
            firstOfSentence = false;
            pending = Level.CLAUSE;
          }
          if (!found) {
            break;
          }
          from = clause.end();
          joiner = clause.group().isBlank() ? " " : clause.group().replaceAll("^\\s+", "") + " ";
          joiner = joiner.startsWith(",") ? joiner : " " + joiner.strip() + " ";
        }
      }
    }
    return pieces;
  }

  /** Splits one line into sentences at . ! ? ; unless the dot ends an abbreviation ("M. Dupont"). */
  static List<String> sentences(String line) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != ';') {
        continue;
      }
      if (i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))) {
        continue;
      }
      if (c == '.' && ABBREVIATIONS.contains(Fold.fold(wordBefore(line, i)))) {
        continue;
      }
      sentences.add(line.substring(start, i + 1));
      start = i + 1;
    }
    if (start < line.length()) {
      sentences.add(line.substring(start));
    }
    return sentences.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String wordBefore(String line, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
      start--;
    }
    return line.substring(start, dot);
  }

  private static Level stronger(Level a, Level b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
