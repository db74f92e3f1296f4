package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.seed.CsvImport;
import entbot.procedures.store.Views.UserView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntServiceTest {
  @TempDir
  Path data;

  @Test
  void demoSchoolHasItsClassesRubriquesGroupsAndAboutSixHundredPeople() {
    EntService ent = EntService.open(data);
    ent.init(true);
    EntService.Summary summary = ent.summary();
    assertEquals(1, summary.schools());
    assertTrue(summary.users() > 550 && summary.users() < 700, "users: " + summary.users());
    List<String> rubriques = ent.rubriques();
    assertTrue(rubriques.containsAll(List.of("Classes", "Classes/Classe 6A", "Classes/Classe 3D", "Classes/Classe 310")));
    List<String> groups = ent.groups().stream().map(g -> g.name()).toList();
    assertTrue(groups.containsAll(List.of("GA_CPE", "GA_Chef Etablissement", "Super Administrateurs",
        "GR_admin_Publication Web", "310")), groups.toString());
    assertTrue(ent.rubriqueRights("Classes/Classe 310").stream()
        .anyMatch(r -> r.target().equals("310") && r.profile().equals("Élève") && r.role().equals("Rédacteur")));
    ent.init(true);
    assertEquals(summary, ent.summary(), "init --demo is deterministic and resets");
    ent.init(false);
    assertEquals(0, ent.summary().users());
  }

  @Test
  void importsADirectoryExportWithoutDuplicatingPeople() throws Exception {
    EntService ent = EntService.open(data);
    ent.init(false);
    Path csv = data.resolve("export.csv");
    Files.writeString(csv, """
        uai;etablissement;profil;civilite;prenom;nom;source;classe;fonction;discipline
        0310001A;CLG-JEAN JAURES-ac-TOULOUSE;Élève;;Léa;Martin;EduConnect;4B;;
        0310001A;;Eleve;;Lea;MARTIN;EduConnect;4B;;
        0310001A;;Non enseignant;Mme;Hélène;Roux;AAF;;ASSISTANT D'EDUCATION;
        0310001A;;Enseignant;M.;Éric;Léger;;;ENSEIGNEMENT;L1300 - MATHEMATIQUES
        """);
    CsvImport.Report report = ent.importCsv(csv);
    assertEquals(new CsvImport.Report(3, 1, 1, 1), report);
    List<UserView> users = ent.users(null, "4B");
    assertEquals("lea.martin", users.get(0).login());
    assertEquals("eric.leger", ent.users("Léger", null).get(0).login());
    assertEquals(0, ent.importCsv(csv).imported(), "re-importing duplicates nobody");
  }

  @Test
  void refusesTheWholeFileNamingEachBadLine() throws Exception {
    EntService ent = EntService.open(data);
    ent.init(true);
    int before = ent.summary().users();
    Path csv = data.resolve("bad.csv");
    Files.writeString(csv, """
        uai;profil;prenom;nom
        0820588U;Parent;Anne;Valide
        082058U;Parent;Anne;Uai
        0820588U;Directeur;Anne;Profil
        0820588U;Parent;;SansPrenom
        0820588U;Parent;Anne
        """);
    ProcedureException e = assertThrows(ProcedureException.class, () -> ent.importCsv(csv));
    assertTrue(e.isBadInput());
    for (String line : List.of("ligne 3", "ligne 4", "ligne 5", "ligne 6")) {
      assertTrue(e.getMessage().contains(line), line + " in " + e.getMessage());
    }
    assertTrue(!e.getMessage().contains("ligne 2"), e.getMessage());
    assertEquals(before, ent.summary().users(), "nothing imported");
  }
}
