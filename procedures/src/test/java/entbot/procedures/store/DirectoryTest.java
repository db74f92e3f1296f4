package entbot.procedures.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.ProcedureException;
import entbot.procedures.model.Profile;
import entbot.procedures.model.School;
import entbot.procedures.model.Source;
import entbot.procedures.model.Uai;
import entbot.procedures.model.User;
import entbot.procedures.seed.ModelWriter;
import entbot.procedures.store.Views.Candidate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {
  private static final Uai A = new Uai("0820588U");
  private static final Uai B = new Uai("0310001A");

  @TempDir
  Path data;

  private EntDatabase database;

  @BeforeEach
  void twoSchools() {
    database = EntDatabase.open(data);
    database.inTransaction(connection -> {
      try (ModelWriter writer = new ModelWriter(connection)) {
        writer.school(new School(A, "CLG-A"));
        writer.school(new School(B, "CLG-B"));
        writer.user(new User("frederic.dupont", "M.", "Frédéric", "Dupont", Profile.NON_ENSEIGNANT, Source.MANUEL,
            null, A, List.of()));
        writer.user(new User("frederic.dupont1", "M.", "Frédéric", "Dupont", Profile.PARENT, Source.EDUCONNECT,
            null, B, List.of()));
      }
      return null;
    });
  }

  @Test
  void generatesTheNextFreeLoginAcrossTheWholeEnt() {
    String login = database.inRolledBackTransaction(c -> new Directory(c).freeLogin("Frédéric", "DUPONT"));
    assertEquals("frederic.dupont2", login);
    assertEquals("lea.martin", database.inRolledBackTransaction(c -> new Directory(c).freeLogin("Léa", "Martin")));
  }

  @Test
  void findsLookAlikesInEverySchoolWithTheSameProfileOnly() {
    List<Candidate> typo = database.inRolledBackTransaction(
        c -> new Directory(c).lookAlikes("Frederick", "Dupont", Profile.NON_ENSEIGNANT.label()));
    assertEquals(List.of("frederic.dupont"), typo.stream().map(Candidate::login).toList());
    assertEquals(1, typo.get(0).distance());
    List<Candidate> parent = database.inRolledBackTransaction(
        c -> new Directory(c).lookAlikes("frédéric", "dupont", Profile.PARENT.label()));
    assertEquals("0310001A", parent.get(0).uai());
    assertEquals(0, parent.get(0).distance());
    assertTrue(database.inRolledBackTransaction(
        c -> new Directory(c).lookAlikes("Marc", "Dupuis", Profile.NON_ENSEIGNANT.label())).isEmpty());
  }

  @Test
  void resolvesSchoolsByUaiOrNameAndRefusesUnknownOnes() {
    assertEquals(B, database.inRolledBackTransaction(c -> new Directory(c).school("0310001a")).uai());
    assertEquals(B, database.inRolledBackTransaction(c -> new Directory(c).school("clg-b")).uai());
    assertEquals(A, database.inRolledBackTransaction(c -> new Directory(c).school("CLG-A")).uai());
    ProcedureException e = assertThrows(ProcedureException.class,
        () -> database.inRolledBackTransaction(c -> new Directory(c).school("0999999Z")));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("0999999Z"), e.getMessage());
    ProcedureException byName = assertThrows(ProcedureException.class,
        () -> database.inRolledBackTransaction(c -> new Directory(c).school("Collège Fantôme")));
    assertTrue(byName.getMessage().contains("Collège Fantôme"), byName.getMessage());
    assertThrows(ProcedureException.class,
        () -> database.inRolledBackTransaction(c -> new Listings(c).users(null, "Groupe inexistant")));
  }

  @Test
  void refusesToGuessTheSchoolWhenTheModelHoldsSeveral() {
    ProcedureException e = assertThrows(ProcedureException.class,
        () -> database.inRolledBackTransaction(c -> new Directory(c).school(null)));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("CLG-A (" + A.value() + ")"), e.getMessage());
    assertTrue(e.getMessage().contains("CLG-B (" + B.value() + ")"), e.getMessage());
  }
}
