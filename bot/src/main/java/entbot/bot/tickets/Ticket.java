package entbot.bot.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One stored ticket: one incident, routed to one desk. The drafted fields follow the CLI contract
 * ({@code title}, {@code description}, {@code route}, {@code people}, {@code classes},
 * {@code missing}, {@code questions}); the rest says where it stands ({@code status},
 * {@code remoteId} once the helpdesk numbered it) and how it was written ({@code generatedBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ticket(
    String id,
    String title,
    String description,
    String route,
    String routeReason,
    String service,
    List<Person> people,
    List<String> classes,
    String since,
    String affectedUsers,
    List<String> missing,
    List<String> questions,
    List<String> attachments,
    String duplicateOf,
    String generatedBy,
    TicketStatus status,
    String remoteId,
    String created) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("ticket " + id + " needs a title");
    }
    Objects.requireNonNull(description, "description");
    if (!Routes.ALL.contains(route)) {
      throw new IllegalArgumentException("unknown route '" + route + "', expected one of " + Routes.ALL);
    }
    people = List.copyOf(people);
    classes = List.copyOf(classes);
    missing = List.copyOf(missing);
    questions = List.copyOf(questions);
    attachments = List.copyOf(attachments);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
  }
}
