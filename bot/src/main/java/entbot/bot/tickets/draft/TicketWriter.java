package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Write stage: a title naming the problem and the people, and a description in short sentences
 * that keeps every fact of the report (the admin's own words, misspellings of service names
 * corrected, one sentence per line) followed by the facts extracted from them.
 */
public final class TicketWriter {
  private static final int TITLE_MAX = 120;

  private final Router router;

  public TicketWriter(Router router) {
    this.router = router;
  }

  /** The title and the description of one incident. */
  public record Wording(String title, String description) {}

  public Wording write(Facts facts, Router.RouteDecision decision, String context) {
    return new Wording(title(facts, decision), description(facts, decision, context));
  }

  private String title(Facts facts, Router.RouteDecision decision) {
    StringBuilder title = new StringBuilder(decision.summary());
    List<Person> people = facts.people();
    if (!people.isEmpty()) {
      title.append(" – ").append(describe(people.get(0), facts.classes().size() == 1 ? facts.classes().get(0) : null));
      if (people.size() == 2) {
        title.append(" et ").append(describe(people.get(1), null));
      } else if (people.size() > 2) {
        title.append(" et ").append(people.size() - 1).append(" autres personnes");
      }
    } else if (!facts.classes().isEmpty()) {
      title.append(" – ").append(String.join(", ", facts.classes()));
    }
    String text = title.toString();
    return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX - 1).strip() + "…";
  }

  private String description(Facts facts, Router.RouteDecision decision, String context) {
    List<String> lines = new ArrayList<>();
    lines.add("Constat :");
    for (String sentence : sentences(facts.text())) {
      lines.add("- " + sentence);
    }
    if (!facts.people().isEmpty()) {
      lines.add("Personnes concernées : " + facts.people().stream()
          .map(p -> describe(p, null)).collect(Collectors.joining(" ; ")) + ".");
    }
    if (!facts.classes().isEmpty()) {
      lines.add("Classes ou groupes : " + String.join(", ", facts.classes()) + ".");
    }
    if (decision.service() != null) {
      lines.add("Service concerné : " + decision.service() + ".");
    }
    if (facts.since() != null) {
      lines.add("Depuis : " + facts.since() + ".");
    }
    if (facts.affectedUsers() != null) {
      lines.add("Utilisateurs touchés : " + facts.affectedUsers() + ".");
    } else if (facts.people().size() > 1) {
      lines.add("Utilisateurs touchés : " + facts.people().size() + " personnes nommées.");
    }
    if (context != null && !context.isBlank()) {
      lines.add("Contexte du signalement : " + sentence(router.correctSpelling(context.strip())));
    }
    return String.join("\n", lines);
  }

  /** The report's sentences, each capitalised and ended, service names spelled right. */
  List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : router.correctSpelling(text).split("\n")) {
      for (String sentence : Segmenter.sentences(line.strip().replaceAll("\\s+", " "))) {
        String s = sentence.replaceAll("^[-–—*•,;:]+\\s*", "").strip();
        if (!s.isEmpty()) {
          out.add(sentence(s));
        }
      }
    }
    return out;
  }

  private static String sentence(String s) {
    String capitalised = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    char last = capitalised.charAt(capitalised.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ')' || last == '»' || last == ':'
        ? capitalised : capitalised + ".";
  }

  static String describe(Person person, String className) {
    List<String> details = new ArrayList<>();
    if (person.profile() != null) {
      details.add(person.profile().equals("AESH") || person.profile().equals("CPE") || person.profile().equals("AED")
          ? person.profile() : person.profile().toLowerCase(Locale.FRENCH));
    }
    if (className != null) {
      details.add(className);
    }
    return person.displayName() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
  }
}
