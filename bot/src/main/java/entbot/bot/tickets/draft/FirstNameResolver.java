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

  static List<Draft> resolve(List<Draft> drafts) {
    Map<String, Person> fullByFirst = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Draft draft : drafts) {
      for (Person person : draft.people()) {
        if (person.firstName() != null && person.lastName() != null) {
          String first = Fold.fold(person.firstName());
          if (fullByFirst.putIfAbsent(first, person) == null) {
            count.put(first, 1);
          } else if (!fullByFirst.get(first).key().equals(person.key())) {
            count.merge(first, 1, Integer::sum);
          }
        }
      }
    }
    List<Draft> resolved = new ArrayList<>();
    for (Draft draft : drafts) {
      List<Person> people = new ArrayList<>();
      boolean changed = false;
      for (Person person : draft.people()) {
        String first = person.firstName() == null ? null : Fold.fold(person.firstName());
        if (person.lastName() == null && first != null && count.getOrDefault(first, 0) == 1) {
          Person full = fullByFirst.get(first);
          if (people.stream().noneMatch(p -> p.key().equals(full.key()))) {
            people.add(full);
          }
          changed = true;
        } else {
          people.add(person);
        }
      }
      resolved.add(changed ? withPeople(draft, people) : draft);
    }
    return resolved;
  }

  private static Draft withPeople(Draft d, List<Person> people) {
    return new Draft(d.title(), d.description(), d.route(), d.routeReason(), d.service(), people,
        d.classes(), d.since(), d.affectedUsers(), d.missing(), d.questions(), d.generatedBy(),
        d.sourceText(), d.context());
  }
}
