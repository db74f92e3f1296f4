package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  private String dataDir;

  @BeforeEach
  void demo() {
    dataDir = data.toString();
    assertEquals(0, CliRunner.run("ent", "--data", dataDir, "init", "--demo").exitCode());
  }

  private CliRunner.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "procedure";
    all[1] = "--data=" + dataDir;
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRunner.run(all);
  }

  @Test
  void listShowsAeshEntmipFirstWithItsParameters() throws Exception {
    JsonNode list = JSON.readTree(run("list", "--json").out()).get("procedures");
    assertEquals("aesh-entmip", list.get(0).get("id").asText());
    assertTrue(list.get(0).has("title"));
    assertEquals("classe", list.get(0).get("parameters").get(0).get("name").asText());
    assertEquals(9, list.size());
  }

  @Test
  void planShowsStepsWithStatusAndClickPathAndChangesNothing() throws Exception {
    CliRunner.Result plan = run("plan", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Frédéric",
        "--param", "nom=Dupont", "--json");
    assertEquals(0, plan.exitCode(), plan.err());
    JsonNode json = JSON.readTree(plan.out());
    assertEquals("aesh-entmip", json.get("procedure").asText());
    JsonNode first = json.get("steps").get(0);
    for (String field : new String[] {"id", "action", "status", "detail", "uiPath"}) {
      assertTrue(first.has(field), field);
    }
    assertEquals("change", first.get("status").asText());
    assertTrue(json.get("fingerprint").asText().length() >= 16);
    assertEquals(0, JSON.readTree(run("history", "--json").out()).get("runs").size());
  }

  @Test
  void applyNeedsYesThenAppliesAtomicallyAndUndoReverses() throws Exception {
    String[] params = {"--param", "classe=310", "--param", "prenom=Frédéric", "--param", "nom=Dupont"};
    CliRunner.Result noYes = run(concat(new String[] {"apply", "aesh-entmip"}, params));
    assertEquals(2, noYes.exitCode());
    assertTrue(noYes.err().contains("--yes"), noYes.err());

    CliRunner.Result applied = run(concat(new String[] {"apply", "aesh-entmip", "--yes", "--json"}, params));
    assertEquals(0, applied.exitCode(), applied.err());
    JsonNode json = JSON.readTree(applied.out());
    assertEquals("applied", json.get("status").asText());
    String runId = json.get("run").asText();

    JsonNode again = JSON.readTree(run(concat(new String[] {"apply", "aesh-entmip", "--yes", "--json"}, params)).out());
    assertEquals("nothing-to-do", again.get("status").asText());

    JsonNode history = JSON.readTree(run("history", "--json").out()).get("runs");
    assertEquals(runId, history.get(0).get("id").asText());
    assertEquals("Dupont", history.get(0).get("params").get("nom").asText());
    assertFalse(history.get(0).get("changes").isEmpty());

    CliRunner.Result undo = run("undo", runId, "--yes");
    assertEquals(0, undo.exitCode(), undo.err());
    assertTrue(undo.out().contains("annulation de " + runId), undo.out());
    assertEquals(2, run("undo", runId, "--yes").exitCode(), "already undone");
  }

  @Test
  void aRefusedRunPrintsFailedStepsAndExitsWithTwo() throws Exception {
    assertEquals(0, run("apply", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Frédéric", "--param",
        "nom=Dupont", "--yes").exitCode());
    CliRunner.Result typo = run("apply", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Frederic",
        "--param", "nom=Dupond", "--yes", "--json");
    assertEquals(2, typo.exitCode());
    JsonNode json = JSON.readTree(typo.out());
    assertEquals("failed", json.get("status").asText());
    assertTrue(json.get("steps").toString().contains("\"blocked\""));
    assertTrue(typo.err().contains("doublon"), typo.err());
    assertEquals(1, JSON.readTree(run("history", "--json").out()).get("runs").size());
  }

  @Test
  void applyWithAStaleFingerprintRefusesAndSaysToPlanAgain() throws Exception {
    String[] params = {"--param", "classe=310", "--param", "prenom=Frédéric", "--param", "nom=Dupont"};
    String fingerprint = JSON.readTree(run(concat(new String[] {"plan", "aesh-entmip", "--json"}, params)).out())
        .get("fingerprint").asText();
    assertEquals(0, run("apply", "groupe-creer-peupler", "--param", "nom=GD_AESH (AVS)", "--param",
        "membres=admin.0820588u", "--yes").exitCode());
    CliRunner.Result stale = run(concat(new String[] {"apply", "aesh-entmip", "--yes", "--fingerprint", fingerprint},
        params));
    assertEquals(2, stale.exitCode());
    assertTrue(stale.err().contains("refaites le plan"), stale.err());
  }

  @Test
  void badParametersExitWithTwoAndOneFrenchSentence() {
    CliRunner.Result unknown = run("plan", "inconnue", "--param", "a=b");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Procédure inconnue"), unknown.err());
    CliRunner.Result malformed = run("plan", "aesh-entmip", "--param", "classe");
    assertEquals(2, malformed.exitCode());
    assertTrue(malformed.err().contains("Paramètre mal formé"), malformed.err());
    assertEquals(2, run("plan", "aesh-entmip", "--param", "classe=310", "--param", "classe=3A").exitCode());
    CliRunner.Result missing = run("plan", "aesh-entmip", "--param", "classe=310");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("prenom"), missing.err());
    CliRunner.Result badClass = run("plan", "aesh-entmip", "--param", "classe=9Z", "--param", "prenom=A",
        "--param", "nom=B");
    assertEquals(2, badClass.exitCode());
    assertTrue(badClass.err().contains("Classe inconnue"), badClass.err());
    assertEquals(1, badClass.err().strip().lines().count(), badClass.err());
    assertFalse(badClass.err().contains("\tat "));
  }

  @Test
  void withJsonEveryRefusedPlanOrApplyPrintsExactlyOneDocumentAndTheReasonOnStderr() throws Exception {
    String[] params = {"--param", "classe=310", "--param", "prenom=Frédéric", "--param", "nom=Dupont"};
    String fingerprint = onlyDocument(run(concat(new String[] {"plan", "aesh-entmip", "--json"}, params)).out())
        .get("fingerprint").asText();
    assertEquals(0, run("apply", "groupe-creer-peupler", "--param", "nom=GD_AESH (AVS)", "--param",
        "membres=admin.0820588u", "--yes").exitCode());

    CliRunner.Result stale = run(concat(new String[] {"apply", "aesh-entmip", "--yes", "--json", "--fingerprint",
        fingerprint}, params));
    CliRunner.Result noYes = run(concat(new String[] {"apply", "aesh-entmip", "--json"}, params));
    CliRunner.Result unknownClass = run("apply", "aesh-entmip", "--param", "classe=9Z", "--param", "prenom=A",
        "--param", "nom=B", "--yes", "--json");
    for (CliRunner.Result refused : new CliRunner.Result[] {stale, noYes, unknownClass}) {
      assertEquals(2, refused.exitCode(), refused.err());
      JsonNode json = onlyDocument(refused.out());
      assertEquals("failed", json.get("status").asText());
      assertTrue(json.get("run").isNull());
      assertEquals("aesh-entmip", json.get("procedure").asText());
      assertTrue(refused.err().strip().endsWith(json.get("reason").asText()), "the same French sentence on stderr: "
          + refused.err());
      assertEquals(1, refused.err().strip().lines().count(), refused.err());
    }
    assertTrue(stale.err().contains("refaites le plan"), stale.err());

    CliRunner.Result badPlan = run("plan", "aesh-entmip", "--param", "classe=9Z", "--param", "prenom=A",
        "--param", "nom=B", "--json");
    assertEquals(2, badPlan.exitCode());
    assertTrue(onlyDocument(badPlan.out()).get("reason").asText().contains("Classe inconnue"), badPlan.out());
    assertTrue(badPlan.err().contains("Classe inconnue"), badPlan.err());

    assertEquals(1, onlyDocument(run("history", "--json").out()).get("runs").size(), "only the group run was recorded");
  }

  @Test
  void aRunRefusedByARulePrintsItsOwnDocumentOnlyOnce() throws Exception {
    assertEquals(0, run("apply", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Frédéric", "--param",
        "nom=Dupont", "--yes").exitCode());
    CliRunner.Result typo = run("apply", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Fredric",
        "--param", "nom=Dupond", "--yes", "--json");
    assertEquals(2, typo.exitCode());
    JsonNode json = onlyDocument(typo.out());
    assertEquals("failed", json.get("status").asText());
    assertFalse(json.get("steps").isEmpty(), "the steps say which one blocked");
    assertTrue(typo.err().contains("frederic.dupont"), typo.err());
  }

  @Test
  void humanHistoryShowsWhoWhenParametersAndWhatChanged() throws Exception {
    JsonNode applied = onlyDocument(run("apply", "aesh-entmip", "--param", "classe=310", "--param", "prenom=Léa",
        "--param", "nom=Roux", "--yes", "--json").out());
    String runId = applied.get("run").asText();
    JsonNode record = onlyDocument(run("history", "--json").out()).get("runs").get(0);
    CliRunner.Result history = run("history");
    assertEquals(0, history.exitCode(), history.err());
    String first = history.out().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith(runId), first);
    assertTrue(first.contains(record.get("actor").asText()), first);
    assertTrue(first.contains(record.get("at").asText()), first);
    assertTrue(first.contains("classe=310") && first.contains("nom=Roux") && first.contains("prenom=Léa"), first);
    assertTrue(first.contains(record.get("changes").size() + " changement(s)"), first);
    assertTrue(history.out().contains("lea.roux"), "the created account is among the changes: " + history.out());
    assertEquals(1 + record.get("changes").size(), history.out().lines().count(), history.out());

    assertEquals(0, run("undo", runId, "--yes").exitCode());
    assertTrue(run("history").out().contains("annulée par"), "the undone run says so");
  }

  @Test
  void humanHistorySaysSoWhenThereIsNoRun() {
    CliRunner.Result empty = run("history");
    assertEquals(0, empty.exitCode());
    assertEquals("Aucune exécution enregistrée.", empty.out().strip());
  }

  /** The single JSON document of {@code out}; fails when there are none or several. */
  private static JsonNode onlyDocument(String out) throws Exception {
    try (MappingIterator<JsonNode> documents =
             JSON.readerFor(JsonNode.class).readValues(out)) {
      List<JsonNode> all = documents.readAll();
      assertEquals(1, all.size(), "exactly one JSON document on stdout: " + out);
      return all.get(0);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
