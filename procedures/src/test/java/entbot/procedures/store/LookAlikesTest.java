package entbot.procedures.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.EntService;
import entbot.procedures.model.Names;
import entbot.procedures.model.Profile;
import entbot.procedures.store.Views.Candidate;
import entbot.procedures.store.Views.UserView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate-account rule against the demo school's real-looking names: no false alarm, no missed typo. */
class LookAlikesTest {
  @TempDir
  Path data;

  @Test
  void noTwoDistinctPeopleOfTheDemoSchoolLookAlike() {
    List<UserView> people;
    try (EntService ent = EntService.open(data)) {
      ent.init(true);
      people = ent.users(null, null).stream().filter(u -> !u.profile().equals(Profile.ELEVE.label())).toList();
    }
    assertTrue(people.size() > 200, "the demo holds a couple of hundred adults: " + people.size());
    List<String> flagged = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      for (int j = i + 1; j < people.size(); j++) {
        UserView a = people.get(i);
        UserView b = people.get(j);
        boolean homonyms = Names.normalize(a.firstName() + " " + a.lastName())
            .equals(Names.normalize(b.firstName() + " " + b.lastName()));
        // Exact homonyms (planted on purpose in the demo) are matched by name, not by typo tolerance.
        if (!homonyms && Names.typos(a.firstName(), a.lastName(), b.firstName(), b.lastName()).isPresent()) {
          flagged.add(a.firstName() + " " + a.lastName() + " ~ " + b.firstName() + " " + b.lastName());
        }
      }
    }
    assertEquals(List.of(), flagged);
  }

  @Test
  void catchesTyposInBothNamesAndNamesTypedInTheOtherOrder() {
    try (EntService ent = EntService.open(data)) {
      ent.init(true);
    }
    EntDatabase database = EntDatabase.open(data);
    UserView someone;
    try (EntService ent = EntService.open(data)) {
      someone = ent.users(null, "GA_Enseignants").get(0);
    }
    String first = someone.firstName();
    String last = someone.lastName();
    String typoFirst = first.substring(0, first.length() - 1);
    String typoLast = last.substring(0, last.length() - 1) + (last.endsWith("z") ? "y" : "z");
    List<Candidate> both = database.inRolledBackTransaction(
        c -> new Directory(c).lookAlikes(typoFirst + "e", typoLast, Profile.ENSEIGNANT.label()));
    assertEquals(List.of(someone.login()), both.stream().map(Candidate::login).toList(), typoFirst + " " + typoLast);
    List<Candidate> swapped = database.inRolledBackTransaction(
        c -> new Directory(c).lookAlikes(last, first, Profile.ENSEIGNANT.label()));
    assertEquals(List.of(someone.login()), swapped.stream().map(Candidate::login).toList());
    assertEquals(1, swapped.get(0).distance(), "an inverted name is never an exact match");
  }
}
