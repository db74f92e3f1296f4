package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.List;

/**
 * What the extract stage read in one incident: the people and classes named, since when, how many
 * users, and whether the report mentions a screenshot or file already.
 */
public record Facts(String text, List<Person> people, List<String> classes, String since,
    String affectedUsers, boolean attachmentMentioned, boolean describesProblem) {
  public Facts {
    people = List.copyOf(people);
    classes = List.copyOf(classes);
  }
}
