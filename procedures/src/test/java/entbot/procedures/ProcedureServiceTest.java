package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.engine.Plan;
import entbot.procedures.engine.RunRecord;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import entbot.procedures.store.Views.RightView;
import entbot.procedures.store.Views.UserView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureServiceTest {
  private static final Map<String, String> DUPONT = Map.of("classe", "310", "prenom", "Frédéric", "nom", "Dupont");

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
  void plansAeshEntmipWithEveryStepOfTheGuideAndChangesNothing() {
    Plan plan = procedures.plan("aesh-entmip", DUPONT);
    assertEquals(List.of("groupe", "droits-a", "droits-b", "droits-c", "droits-d", "rubrique-e", "droits-f",
        "retrait-eleves-parents", "compte", "membre", "controle-direction"),
        plan.steps().stream().map(StepResult::id).toList());
    assertFalse(plan.blocked(), plan.blockedReasons());
    StepResult account = step(plan.steps(), "compte");
    assertEquals(StepStatus.CHANGE, account.status());
    assertTrue(account.irreversible(), "creating an account cannot be undone in the real ENT");
    assertTrue(account.detail().contains("frederic.dupont"), account.detail());
    assertTrue(step(plan.steps(), "droits-a").uiPath().contains("Cahier de textes > Accès population"));
    assertNull(step(plan.steps(), "groupe").changes().get(0).before());
    assertEquals("GD_AESH (AVS)", step(plan.steps(), "groupe").changes().get(0).after().get("name"));
    assertTrue(ent.users("Dupont", null).stream().noneMatch(u -> u.login().startsWith("frederic.dupont")),
        "plan must not create the account");
    assertFalse(ent.rubriques().contains("Classes/Classe 310/Espace AESH 310"));
    assertEquals(plan.fingerprint(), procedures.plan("aesh-entmip", DUPONT).fingerprint(), "same state, same fingerprint");
  }

  @Test
  void appliesAeshEntmipThenFindsNothingToDo() {
    RunResult run = procedures.apply("aesh-entmip", DUPONT, "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    assertNotNull(run.run());
    assertTrue(ent.rubriques().contains("Classes/Classe 310/Espace AESH 310"));
    List<RightView> rights = ent.rubriqueRights("Classes/Classe 310/Espace AESH 310");
    assertTrue(rights.stream().anyMatch(r -> r.target().equals("GD_AESH (AVS)") && r.role().equals("Gestionnaire")
        && r.function().equals("ASS EDUCATION-AUXILIAIRE DE VIE SCOLAIRE")), rights.toString());
    assertTrue(rights.stream().noneMatch(r -> r.profile().equals("Élève") || r.profile().equals("Parent")),
        rights.toString());
    assertTrue(ent.serviceRights("Cahier de textes").stream()
        .anyMatch(r -> r.target().equals("GD_AESH (AVS)") && r.role().equals("CPE") && r.profile().equals("Non enseignant")));
    UserView aesh = ent.users(null, "GD_AESH (AVS)").get(0);
    assertEquals("frederic.dupont", aesh.login());
    assertEquals("Non enseignant", aesh.profile());
    assertEquals("S0074 - AIDE ACCUEIL INTEGRATION HANDICAPES", aesh.functions().get(0).discipline());

    RunResult again = procedures.apply("aesh-entmip", DUPONT, "test", null);
    assertEquals(RunResult.NOTHING_TO_DO, again.status());
    assertNull(again.run());
    assertTrue(again.steps().stream().allMatch(s -> s.status() == StepStatus.OK), again.steps().toString());
    assertEquals(1, procedures.history().size());
  }

  @Test
  void findsAnExistingAccountElsewhereInTheEntInsteadOfCreatingOne() throws Exception {
    importOtherSchool("0310001A;CLG-AUTRE-ac-TOULOUSE;Non enseignant;Mme;Nathalie;Ferrand");
    RunResult run = procedures.apply("aesh-entmip", Map.of("classe", "310", "prenom", "nathalie", "nom", "FERRAND", "etablissement", "0820588U"),
        "test", null);
    assertEquals(RunResult.APPLIED, run.status(), run.reason());
    assertEquals(StepStatus.OK, step(run.steps(), "compte").status());
    assertEquals(List.of("nathalie.ferrand"), ent.users(null, "GD_AESH (AVS)").stream().map(UserView::login).toList());
    assertEquals(1, ent.users("Ferrand", null).size(), "no second account");
  }

  @Test
  void refusesADuplicateAccountAcrossTheWholeEnt() throws Exception {
    importOtherSchool("0310001A;CLG-AUTRE-ac-TOULOUSE;Non enseignant;Mme;Nathalie;Ferrand");
    Plan plan = procedures.plan("aesh-entmip", Map.of("classe", "310", "prenom", "Natalie", "nom", "Ferrand",
        "etablissement", "clg-olympe de gouges-ac-toulouse"));
    StepResult account = step(plan.steps(), "compte");
    assertEquals(StepStatus.BLOCKED, account.status());
    assertTrue(account.detail().contains("nathalie.ferrand"), account.detail());
    assertEquals(StepStatus.BLOCKED, step(plan.steps(), "membre").status());

    RunResult run = procedures.apply("aesh-entmip", Map.of("classe", "310", "prenom", "Natalie", "nom", "Ferrand",
        "etablissement", "clg-olympe de gouges-ac-toulouse"),
        "test", null);
    assertEquals(RunResult.FAILED, run.status());
    assertTrue(run.reason().contains("doublon"), run.reason());
    assertTrue(procedures.history().isEmpty());
    assertFalse(ent.rubriques().contains("Classes/Classe 310/Espace AESH 310"), "refused run changes nothing");
  }

  @Test
  void asksWhichSchoolWhenTheModelHoldsSeveralAndNoneIsGiven() throws Exception {
    String teacher = ent.users(null, "GA_Enseignants").get(0).login();
    RunResult single = procedures.apply("gar-responsable", Map.of("utilisateur", teacher), "test", null);
    assertEquals(RunResult.APPLIED, single.status(), "one school: it is the default; " + single.reason());
    importOtherSchool("0310001A;CLG-AUTRE-ac-TOULOUSE;Non enseignant;Mme;Nathalie;Ferrand");
    ProcedureException e = assertThrows(ProcedureException.class,
        () -> procedures.apply("aesh-entmip", Map.of("classe", "310", "prenom", "Léa", "nom", "Roux"), "test", null));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("CLG-OLYMPE DE GOUGES-ac-TOULOUSE (0820588U)"), e.getMessage());
    assertTrue(e.getMessage().contains("CLG-AUTRE-ac-TOULOUSE (0310001A)"), e.getMessage());
    assertEquals(1, procedures.history().size(), "nothing recorded by the refused run");
    Plan chosen = procedures.plan("gar-responsable", Map.of("utilisateur", teacher, "etablissement", "clg-autre-ac-toulouse"));
    assertTrue(chosen.school().contains("CLG-AUTRE"), chosen.school());
  }

  @Test
  void refusesAManualAccountForStaffTheDirectoriesCreate() {
    Plan contract = procedures.plan("personnel-non-enseignant",
        Map.of("prenom", "Lucie", "nom", "Vasseur", "categorie", "contractuel"));
    assertEquals(1, contract.steps().size());
    assertEquals(StepStatus.BLOCKED, contract.steps().get(0).status());
    assertTrue(contract.steps().get(0).detail().contains("48 h"), contract.steps().get(0).detail());

    RunResult social = procedures.apply("personnel-non-enseignant",
        Map.of("prenom", "Lucie", "nom", "Vasseur", "categorie", "assistant-social"), "test", null);
    assertEquals(RunResult.APPLIED, social.status(), social.reason());
    UserView lucie = ent.users(null, "Médico-social").get(0);
    assertEquals("lucie.vasseur", lucie.login());
    assertEquals("PERSONNELS MEDICO-SOCIAUX", lucie.functions().get(0).function());
  }

  @Test
  void undoPutsBackTheStateBeforeTheRun() {
    int rubriques = ent.rubriques().size();
    RunResult run = procedures.apply("aesh-entmip", DUPONT, "test", null);
    RunResult undo = procedures.undo(run.run(), "test");
    assertEquals(RunResult.APPLIED, undo.status());
    assertEquals(rubriques, ent.rubriques().size());
    assertTrue(ent.users("Dupont", null).stream().noneMatch(u -> u.login().equals("frederic.dupont")));
    assertTrue(ent.groups().stream().noneMatch(g -> g.name().equals("GD_AESH (AVS)")));
    List<RunRecord> history = procedures.history();
    assertEquals(List.of("undone", "undo"), history.stream().map(RunRecord::status).toList());
    ProcedureException twice = assertThrows(ProcedureException.class, () -> procedures.undo(run.run(), "test"));
    assertTrue(twice.getMessage().contains("déjà été annulée"), twice.getMessage());
  }

  @Test
  void undoRefusesWhenALaterRunChangedTheSameThingsAndNamesIt() {
    Map<String, String> first = Map.of("nom", "Capytale", "code", "CAPY", "url", "https://capytale.fr/a");
    Map<String, String> second = Map.of("nom", "Capytale", "code", "CAPY", "url", "https://capytale.fr/b");
    RunResult one = procedures.apply("connecteur-ajouter", first, "test", null);
    RunResult two = procedures.apply("connecteur-ajouter", second, "test", null);
    ProcedureException refused = assertThrows(ProcedureException.class, () -> procedures.undo(one.run(), "test"));
    assertTrue(refused.getMessage().contains(two.run()), refused.getMessage());
    procedures.undo(two.run(), "test");
    procedures.undo(one.run(), "test");
    assertThrows(ProcedureException.class, () -> ent.serviceRights("Capytale"), "service gone after both undos");
  }

  @Test
  void refusesToApplyAPlanWhoseStateChangedSinceAndSaysToPlanAgain() {
    Plan shown = procedures.plan("aesh-entmip", DUPONT);
    procedures.apply("groupe-creer-peupler", Map.of("nom", "GD_AESH (AVS)", "membres", "admin.0820588u"), "other", null);
    ProcedureException stale = assertThrows(ProcedureException.class,
        () -> procedures.apply("aesh-entmip", DUPONT, "test", shown.fingerprint()));
    assertTrue(stale.getMessage().contains("refaites le plan"), stale.getMessage());
    assertTrue(ent.users("Dupont", null).stream().noneMatch(u -> u.login().equals("frederic.dupont")));
    assertEquals(1, procedures.history().size());

    Plan fresh = procedures.plan("aesh-entmip", DUPONT);
    assertNotEquals(shown.fingerprint(), fresh.fingerprint());
    assertEquals(RunResult.APPLIED, procedures.apply("aesh-entmip", DUPONT, "test", fresh.fingerprint()).status());
  }

  @Test
  void allowsAtMostTwentyFiveGarManagers() {
    List<UserView> teachers = ent.users(null, "GA_Enseignants");
    int existing = ent.serviceRights("Médiacentre").stream()
        .filter(r -> r.role().equals("Responsable d'affectation GAR")).toList().size();
    for (int i = 0; i < 25 - existing; i++) {
      RunResult run = procedures.apply("gar-responsable", Map.of("utilisateur", teachers.get(i).login()), "test", null);
      assertEquals(RunResult.APPLIED, run.status(), run.reason());
    }
    Plan plan = procedures.plan("gar-responsable", Map.of("utilisateur", teachers.get(30).login()));
    assertEquals(StepStatus.BLOCKED, plan.steps().get(0).status());
    assertTrue(plan.steps().get(0).detail().contains("25"), plan.steps().get(0).detail());
  }

  @Test
  void warnsWhenTheHeadOfSchoolSitsInSuperAdministrateurs() {
    String head = ent.users(null, "GA_Chef Etablissement").get(0).login();
    ent.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO group_member VALUES ('0820588U',"
        + " 'Super Administrateurs', '" + head + "')"));
    StepResult check = step(procedures.plan("aesh-entmip", DUPONT).steps(), "controle-direction");
    assertEquals(StepStatus.OK, check.status());
    assertNotNull(check.warning());
    assertTrue(check.warning().contains(head), check.warning());
    StepResult strict = step(procedures.plan("controle-rentree", Map.of()).steps(), "direction-super-admins");
    assertEquals(StepStatus.BLOCKED, strict.status());
  }

  @Test
  void controleRentreeFindsTheDemoSchoolsProblemsWithoutChangingAnything() {
    Plan plan = procedures.plan("controle-rentree", Map.of());
    assertEquals(StepStatus.OK, step(plan.steps(), "direction-groupe").status());
    assertEquals(StepStatus.OK, step(plan.steps(), "direction-super-admins").status());
    assertTrue(step(plan.steps(), "direction-services").detail().contains("Agenda personnel"));
    assertEquals(StepStatus.BLOCKED, step(plan.steps(), "anciens-enseignants").status());
    assertTrue(plan.steps().stream().allMatch(s -> s.changes().isEmpty()));
  }

  @Test
  void everyBundledProcedurePlansOnTheDemoSchool() {
    String pupil = ent.users(null, "310").get(0).login();
    String teacher = ent.users(null, "GA_Enseignants").get(0).login();
    Map<String, Map<String, String>> samples = new HashMap<>();
    samples.put("aesh-entmip", DUPONT);
    samples.put("aesh-toutatice", Map.of("prenom", "Zoé", "nom", "Inconnue"));
    samples.put("personnel-non-enseignant", Map.of("prenom", "Paul", "nom", "Agent", "categorie", "attee"));
    samples.put("associer-aesh-eleve", Map.of("eleve", pupil, "aesh", teacher));
    samples.put("groupe-creer-peupler", Map.of("nom", "Conseil d'administration", "membres", teacher));
    samples.put("rubrique-creer", Map.of("chemin", "Bac à sable", "groupe", "GA_Enseignants"));
    samples.put("gar-responsable", Map.of("utilisateur", teacher));
    samples.put("connecteur-ajouter", Map.of("nom", "Éléa", "code", "ELEA", "url", "https://elea.apps.education.fr",
        "profil", "Élève"));
    samples.put("controle-rentree", Map.of());
    assertEquals(samples.keySet(), new java.util.HashSet<>(procedures.list().stream().map(p -> p.id()).toList()));
    assertEquals("aesh-entmip", procedures.list().get(0).id());
    for (var procedure : procedures.list()) {
      Plan plan = procedures.plan(procedure.id(), samples.get(procedure.id()));
      assertFalse(plan.steps().isEmpty(), procedure.id());
      assertTrue(plan.steps().stream().allMatch(s -> !s.uiPath().isBlank() && !s.detail().isBlank()), procedure.id());
    }
    assertEquals(StepStatus.BLOCKED, procedures.plan("aesh-toutatice", samples.get("aesh-toutatice")).steps().get(0).status());
    assertEquals(17, procedures.classNames().size());
  }

  @Test
  void badParametersAreRefusedWithOneFrenchSentenceAndChangeNothing() {
    List<Map<String, String>> bad = List.of(
        Map.of("prenom", "Frédéric", "nom", "Dupont"),
        Map.of("classe", "310", "prenom", "", "nom", "Dupont"),
        Map.of("classe", "310", "prenom", "Frédéric", "nom", "Dupont", "couleur", "bleu"),
        Map.of("classe", "310", "prenom", "Fr3d", "nom", "Dupont"),
        Map.of("classe", "9Z", "prenom", "Frédéric", "nom", "Dupont"),
        Map.of("classe", "310", "prenom", "Frédéric", "nom", "Dupont", "etablissement", "0000000X"));
    List<String> messages = new ArrayList<>();
    for (Map<String, String> params : bad) {
      ProcedureException e = assertThrows(ProcedureException.class,
          () -> procedures.apply("aesh-entmip", params, "test", null), params.toString());
      assertTrue(e.isBadInput(), e.getMessage());
      messages.add(e.getMessage());
    }
    assertTrue(messages.get(0).contains("classe"), messages.get(0));
    assertTrue(messages.get(1).contains("vide"), messages.get(1));
    assertTrue(messages.get(2).contains("couleur"), messages.get(2));
    assertTrue(messages.get(3).contains("Fr3d"), messages.get(3));
    assertTrue(messages.get(4).contains("Classe inconnue"), messages.get(4));
    assertTrue(messages.get(5).contains("Établissement inconnu"), messages.get(5));
    assertTrue(procedures.history().isEmpty());
    assertThrows(ProcedureException.class, () -> procedures.plan("nimporte", DUPONT));
  }

  @Test
  void twoRunsAtOnceAreSerialisedAndNeverDuplicateTheAccount() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<RunResult> apply = () -> ProcedureService.open(data).apply("aesh-entmip", DUPONT, "test", null);
      List<Future<RunResult>> runs = pool.invokeAll(List.of(apply, apply));
      List<String> statuses = new ArrayList<>();
      for (Future<RunResult> run : runs) {
        statuses.add(run.get().status());
      }
      statuses.sort(null);
      assertEquals(List.of(RunResult.APPLIED, RunResult.NOTHING_TO_DO), statuses);
      assertEquals(1, ent.users("Dupont", null).stream().filter(u -> u.firstName().equals("Frédéric")).count());
    } finally {
      pool.shutdownNow();
    }
  }

  private void importOtherSchool(String row) throws Exception {
    Path csv = data.resolve("autre.csv");
    Files.writeString(csv, "uai;etablissement;profil;civilite;prenom;nom\n" + row + "\n");
    ent.importCsv(csv);
  }

  private static StepResult step(List<StepResult> steps, String id) {
    return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
