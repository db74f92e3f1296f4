package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.catalog.Catalog;
import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Actions;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.engine.action.StandardActions;
import entbot.procedures.store.EntDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicApplyTest {
  /** A step that fails after the steps before it have written: what a crash mid-run looks like. */
  private static final class Boom implements Action {
    @Override
    public String name() {
      return "boom";
    }

    @Override
    public Signature signature() {
      return new Signature(Set.of(), Set.of(), Set.of());
    }

    @Override
    public StepOutcome run(StepContext context, Args args) {
      throw new IllegalStateException("disk on fire");
    }
  }

  @TempDir
  Path data;

  @TempDir
  Path folder;

  @Test
  void aFailureInTheMiddleOfAnApplyLeavesTheStateUnchanged() throws Exception {
    Files.writeString(folder.resolve("casse.yaml"), """
        id: casse
        title: "Procédure qui casse au milieu"
        guide: test
        summary: "crée un groupe et un compte puis échoue"
        parameters: []
        steps:
          - id: groupe
            action: ensure-group
            with: {name: "Groupe éphémère", type: libre}
            explain: "crée un groupe"
            uiPath: "Annuaire"
          - id: compte
            action: ensure-account
            with: {first: "Jeanne", last: "Éphémère", profile: "Autre"}
            explain: "crée un compte"
            uiPath: "Annuaire"
          - id: panne
            action: boom
            explain: "échoue"
            uiPath: "nulle part"
        """);
    EntService ent = EntService.open(data);
    ent.init(true);
    EntService.Summary before = ent.summary();
    List<Action> all = new ArrayList<>(StandardActions.all());
    all.add(new Boom());
    Actions actions = new Actions(all);
    ProcedureService service = new ProcedureService(EntDatabase.open(data), Catalog.fromDirectory(folder, actions), actions);

    ProcedureException failure = assertThrows(ProcedureException.class,
        () -> service.apply("casse", Map.of(), "test", null));
    assertFalse(failure.isBadInput());
    assertTrue(failure.getMessage().contains("rien n'a été modifié"), failure.getMessage());
    assertEquals(before, ent.summary(), "no group, no account, no run recorded");
    assertTrue(ent.groups().stream().noneMatch(g -> g.name().equals("Groupe éphémère")));
    assertTrue(service.history().isEmpty());
  }
}
