package entbot.bot.tickets.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entbot.bot.BotException;
import entbot.bot.tickets.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The benchmark reports ({@code entbot/bench/tickets.yaml}): each report's text and the tickets a
 * careful admin would file from it (route, people, classes, missing items).
 */
public record TicketDataset(List<Report> reports) {
  public static final String RESOURCE = "/entbot/bench/tickets.yaml";
  /** Reports written after the rules were tuned, never used to tune them. */
  public static final String HELD_OUT_RESOURCE = "/entbot/bench/tickets-heldout.yaml";

  public TicketDataset {
    reports = List.copyOf(reports);
  }

  /** One report and its expected tickets, in order. */
  public record Report(String id, String text, List<Expected> expected) {
    public Report {
      if (text == null || text.isBlank() || expected == null || expected.isEmpty()) {
        throw new IllegalArgumentException("report " + id + " needs a text and at least one expected ticket");
      }
      expected = List.copyOf(expected);
    }
  }

  /** One expected ticket. People are written "Prénom Nom" and compared without order or case. */
  public record Expected(String route, List<String> people, List<String> classes, List<String> missing) {
    public Expected {
      if (!Routes.ALL.contains(route)) {
        throw new IllegalArgumentException("unknown route '" + route + "'");
      }
      people = List.copyOf(people);
      classes = List.copyOf(classes);
      missing = List.copyOf(missing);
    }
  }

  public int expectedTickets() {
    return reports.stream().mapToInt(r -> r.expected().size()).sum();
  }

  public static TicketDataset bundled() {
    return resource(RESOURCE);
  }

  public static TicketDataset heldOut() {
    return resource(HELD_OUT_RESOURCE);
  }

  private static TicketDataset resource(String name) {
    try (InputStream in = TicketDataset.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, TicketDataset.class);
    } catch (IOException e) {
      throw BotException.failure("Lecture impossible du jeu d'essai des tickets (" + name + ").", e);
    }
  }
}
