package entbot.bot.tickets.quality;

import java.util.List;

/** A drafted ticket reduced to what the benchmark scores. Names and classes are comparison keys. */
public record Scored(String route, List<String> people, List<String> classes, List<String> missing) {
  public Scored {
    people = List.copyOf(people);
    classes = List.copyOf(classes);
    missing = List.copyOf(missing);
  }
}
