package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.List;
import java.util.Objects;

/**
 * One drafted incident, before it is stored: the contract's fields, the route's reason, and the
 * incident's own text and shared context so it can be drafted again when the admin adds details.
 */
public record Draft(String title, String description, String route, String routeReason,
    String service, List<Person> people, List<String> classes, String since, String affectedUsers,
    List<String> missing, List<String> questions, String generatedBy, String sourceText,
    String context) {
  public Draft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(route, "route");
    people = List.copyOf(people);
    classes = List.copyOf(classes);
    missing = List.copyOf(missing);
    questions = List.copyOf(questions);
    Objects.requireNonNull(sourceText, "sourceText");
  }

  public Draft withWording(String newTitle, String newDescription, String newGeneratedBy) {
    return new Draft(newTitle, newDescription, route, routeReason, service, people, classes, since,
        affectedUsers, missing, questions, newGeneratedBy, sourceText, context);
  }
}
