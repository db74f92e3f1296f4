package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.engine.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillDuringApplyTest {
  @TempDir
  Path data;

  @TempDir
  Path folder;

  @Test
  void aKillNineInTheMiddleOfAnApplyLeavesThePreviousState() throws Exception {
    Files.writeString(folder.resolve("longue.yaml"), """
        id: longue
        title: "Procédure longue"
        guide: test
        summary: "écrit puis attend d'être tuée"
        parameters: []
        steps:
          - id: groupe
            action: ensure-group
            with: {name: "Groupe fantôme", type: libre}
            explain: "crée un groupe"
            uiPath: "Annuaire"
          - id: compte
            action: ensure-account
            with: {first: "Jeanne", last: "Fantôme", profile: "Autre"}
            explain: "crée un compte"
            uiPath: "Annuaire"
          - id: attente
            action: pause
            explain: "attend"
            uiPath: "nulle part"
        """);
    EntService ent = EntService.open(data);
    ent.init(true);
    EntService.Summary before = ent.summary();
    Path marker = data.resolve("marker");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashingRun.class.getName(),
        data.toString(), folder.toString(), marker.toString())
        .redirectErrorStream(true).redirectOutput(data.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(Files.exists(marker), "the child reached the middle of its run: " + Files.readString(data.resolve("child.log")));
    } finally {
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
      child.waitFor(30, TimeUnit.SECONDS);
    }

    assertEquals(before, ent.summary(), "the killed run left nothing behind");
    assertTrue(ent.groups().stream().noneMatch(g -> g.name().equals("Groupe fantôme")));
    RunResult next = ProcedureService.open(data).apply("aesh-entmip",
        Map.of("classe", "310", "prenom", "Frédéric", "nom", "Dupont"), "test", null);
    assertEquals(RunResult.APPLIED, next.status(), "the database is usable after the crash");
  }
}
