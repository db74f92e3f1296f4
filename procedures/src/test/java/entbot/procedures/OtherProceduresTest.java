package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.engine.Plan;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import entbot.procedures.store.Views.RightView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled procedures other than aesh-entmip, each applied on the demo school. */
class OtherProceduresTest {
  @TempDir
  Path data;

  private EntService ent;
  private ProcedureService procedures;

  @BeforeEach
  void demo() {
    ent = EntService.open(data);
    ent.init(true);
    procedures = ProcedureService.open(data);
  }

  @Test
  void aeshToutaticeAddsTheAcademicAccountToBothGroupsWithTheDelaysToExpect() throws Exception {
    Path csv = data.resolve("aesh.csv");
    Files.writeString(csv, "uai;etablissement;profil;prenom;nom\n0350001B;CLG-RENNES;Non enseignant;Inès;Le Goff\n");
    ent.importCsv(csv);
    RunResult run = procedures.apply("aesh-toutatice", Map.of("prenom", "Ines", "nom", "Le Goff", "etablissement", "CLG-Rennes"), "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    assertEquals(List.of("compte", "groupe-soutien", "membre-soutien", "groupe-moodle", "membre-moodle"),
        run.steps().stream().map(StepResult::id).toList());
    assertTrue(run.steps().get(2).delay().contains("heures"), run.steps().get(2).delay());
    assertTrue(run.steps().get(4).delay().contains("lendemain"), run.steps().get(4).delay());
    assertEquals("ines.le-goff", ent.users(null, "Invités Moodle CLG").get(0).login());
  }

  @Test
  void associerAeshEleveLinksThePupilAndRefusesAPupilAsAesh() {
    String pupil = ent.users(null, "310").get(0).login();
    String otherPupil = ent.users(null, "310").get(1).login();
    String cpe = ent.users(null, "GA_CPE").get(0).login();
    RunResult run = procedures.apply("associer-aesh-eleve", Map.of("eleve", pupil, "aesh", cpe), "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    assertEquals(RunResult.NOTHING_TO_DO,
        procedures.apply("associer-aesh-eleve", Map.of("eleve", pupil, "aesh", cpe), "test", null).status());
    Plan wrong = procedures.plan("associer-aesh-eleve", Map.of("eleve", pupil, "aesh", otherPupil));
    assertEquals(StepStatus.BLOCKED, wrong.steps().get(0).status());
    Plan unknown = null;
    try {
      unknown = procedures.plan("associer-aesh-eleve", Map.of("eleve", "personne.inconnue", "aesh", cpe));
    } catch (ProcedureException e) {
      assertTrue(e.isBadInput() && e.getMessage().contains("Utilisateur inconnu"), e.getMessage());
    }
    assertEquals(null, unknown, "an unknown login is bad input, not a plan");
  }

  @Test
  void rubriqueCreerGivesTheGroupItsRoleAndTheHeadOfSchoolGestionnaire() {
    RunResult run = procedures.apply("rubrique-creer",
        Map.of("chemin", "Classes/Option Latin", "groupe", "GA_Enseignants", "role", "Rédacteur avec mise en ligne"),
        "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    List<RightView> rights = ent.rubriqueRights("Classes/Option Latin");
    assertTrue(rights.stream().anyMatch(r -> r.target().equals("GA_Enseignants")
        && r.role().equals("Rédacteur avec mise en ligne")), rights.toString());
    assertTrue(rights.stream().anyMatch(r -> r.target().equals("GA_Chef Etablissement")
        && r.role().equals("Gestionnaire")), rights.toString());
    Plan orphan = procedures.plan("rubrique-creer", Map.of("chemin", "Nulle part/Sous", "groupe", "GA_CPE"));
    assertEquals(StepStatus.BLOCKED, orphan.steps().get(0).status());
    assertTrue(orphan.steps().get(0).detail().contains("rubrique mère"), orphan.steps().get(0).detail());
  }

  @Test
  void connecteurAjouterDeclaresTheServiceAndItsPopulation() {
    RunResult run = procedures.apply("connecteur-ajouter", Map.of("nom", "Capytale", "code", "CAPY",
        "url", "https://capytale2.ac-paris.fr", "profil", "Enseignant", "groupe", "GA_CPE"), "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    List<RightView> rights = ent.serviceRights("Capytale");
    assertEquals(2, rights.size());
    assertEquals("Enseignant", rights.get(0).profile());
    assertEquals("GA_CPE", rights.get(1).target());
  }

  @Test
  void groupeCreerPeuplerAddsMembersAndAManager() {
    List<String> teachers = ent.users(null, "GA_Enseignants").stream().map(u -> u.login()).limit(3).toList();
    String cpe = ent.users(null, "GA_CPE").get(0).login();
    RunResult run = procedures.apply("groupe-creer-peupler", Map.of("nom", "Conseil d'administration",
        "membres", String.join(", ", teachers), "gestionnaire", cpe), "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    var group = ent.groups().stream().filter(g -> g.name().equals("Conseil d'administration")).findFirst().orElseThrow();
    assertEquals("libre", group.type());
    assertEquals(3, group.members().size());
    assertEquals(List.of(cpe), group.managers());
  }

  @Test
  void aNamesakeWithAnotherProfileIsFlaggedBeforeCreatingTheAccount() {
    String parent = ent.users(null, null).stream().filter(u -> u.profile().equals("Parent")).findFirst()
        .orElseThrow().login();
    var person = ent.users(parent, null).get(0);
    Plan plan = procedures.plan("aesh-entmip",
        Map.of("classe", "310", "prenom", person.firstName(), "nom", person.lastName()));
    StepResult account = plan.steps().stream().filter(s -> s.id().equals("compte")).findFirst().orElseThrow();
    assertEquals(StepStatus.CHANGE, account.status());
    assertNotNull(account.warning());
    assertTrue(account.warning().contains(parent), account.warning());
  }
}
