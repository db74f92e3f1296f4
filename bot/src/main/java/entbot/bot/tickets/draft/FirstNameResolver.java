package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes people named by first name only ("le père de Zoé") with the full name the same report
 * gives elsewhere ("Zoé Mercier (3C)"), when exactly one person of the report has that first name.
 */
final class FirstNameResolver {
  private FirstNameResolver() {}

  static List<Facts> resolve(List<Facts> incidents) {
    Map<String, Person> fullByFirst = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Facts facts : incidents) {
      for (Person person : facts.people()) {
        if (person.firstName() != null && person.lastName() != null) {
          String first = Fold.fold(person.firstName());
          Person known = fullByFirst.putIfAbsent(first, person);
          if (known == null) {
            count.put(first, 1);
          } else if (!known.key().equals(person.key())) {
            count.merge(first, 1, Integer::sum);
          }
        }
      }
    }
    List<Facts> resolved = new ArrayList<>();
    for (Facts facts : incidents) {
      List<Person> people = new ArrayList<>();
      for (Person person : facts.people()) {
        String first = person.firstName() == null ? null : Fold.fold(person.firstName());
        Person full = person.lastName() == null && first != null && count.getOrDefault(first, 0) == 1
            ? fullByFirst.get(first) : person;
        if (people.stream().noneMatch(p -> p.key().equals(full.key()))) {
          people.add(full);
        }
      }
      resolved.add(new Facts(facts.text(), people, facts.classes(), facts.since(),
          facts.affectedUsers(), facts.attachmentMentioned(), facts.describesProblem()));
    }
    return resolved;
  }
}
