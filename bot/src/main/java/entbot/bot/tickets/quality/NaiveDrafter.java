package entbot.bot.tickets.quality;

import entbot.bot.tickets.draft.Fold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's baseline, what a quick script would do: one ticket per blank-line paragraph,
 * routed by the first service keyword met in the text, people as pairs of capitalised words,
 * classes as digit + letter.
 */
public final class NaiveDrafter {
  private static final Map<String, String> KEYWORDS = Map.of(
      "pronote", "editeur-pronote", "educonnect", "dsi-academique", "annuaire", "dsi-academique",
      "mediacentre", "assistance-gar", "gar", "assistance-gar", "siecle", "etablissement",
      "edt", "etablissement", "emploi du temps", "etablissement", "ent", "editeur-ent",
      "messagerie", "editeur-ent");
  private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}[\\p{Ll}]+)\\s+(\\p{Lu}[\\p{Ll}]+)\\b");
  private static final Pattern CLASS = Pattern.compile("\\b([3-6])\\s?([A-H])\\b");

  public List<Scored> draft(String report) {
    List<Scored> tickets = new ArrayList<>();
    for (String paragraph : report.strip().split("\\n\\s*\\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      String folded = Fold.fold(paragraph);
      Set<String> people = new LinkedHashSet<>();
      Matcher m = NAME.matcher(paragraph);
      while (m.find()) {
        people.add(TicketScorer.nameKey(m.group(1) + " " + m.group(2)));
      }
      Set<String> classes = new LinkedHashSet<>();
      m = CLASS.matcher(paragraph);
      while (m.find()) {
        classes.add(m.group(1) + m.group(2));
      }
      List<String> missing = new ArrayList<>();
      if (people.isEmpty()) {
        missing.add("people");
      }
      if (!folded.contains("joint")) {
        missing.add("attachments");
      }
      tickets.add(new Scored(firstKeywordRoute(folded), List.copyOf(people), List.copyOf(classes), missing));
    }
    return tickets;
  }

  private static String firstKeywordRoute(String folded) {
    int first = Integer.MAX_VALUE;
    String route = "editeur-ent";
    for (Map.Entry<String, String> keyword : KEYWORDS.entrySet()) {
      int at = indexOfWord(folded, keyword.getKey());
      if (at >= 0 && at < first) {
        first = at;
        route = keyword.getValue();
      }
    }
    return route;
  }

  private static int indexOfWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
      int end = at + word.length();
      if (startOk && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }
}
