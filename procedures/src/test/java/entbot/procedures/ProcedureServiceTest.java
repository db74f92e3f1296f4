package entbot.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.engine.Plan;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import entbot.procedures.store.Views.RightView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    StepResult account = plan.steps().get(8);
    assertEquals(StepStatus.CHANGE, account.status());
    assertTrue(account.irreversible(), "creating an account cannot be undone in the real ENT");
    assertTrue(account.detail().contains("frederic.dupont"), account.detail());
    assertTrue(plan.steps().get(1).uiPath().contains("Cahier de textes > Accès population"));
    assertTrue(ent.users("Dupont", null).stream().noneMatch(u -> u.login().startsWith("frederic.dupont")),
        "plan must not create the account");
    assertFalse(ent.rubriques().contains("Classes/Classe 310/Espace AESH 310"));
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
    assertTrue(ent.users(null, "GD_AESH (AVS)").stream().anyMatch(u -> u.login().equals("frederic.dupont")));

    RunResult again = procedures.apply("aesh-entmip", DUPONT, "test", null);
    assertEquals(RunResult.NOTHING_TO_DO, again.status());
    assertNull(again.run());
    assertTrue(again.steps().stream().allMatch(s -> s.status() == StepStatus.OK));
    assertEquals(1, procedures.history().size());
  }

  @Test
  void unknownProcedureIsBadInput() {
    ProcedureException e = assertThrows(ProcedureException.class, () -> procedures.plan("nimporte", DUPONT));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("Procédure inconnue"), e.getMessage());
  }
}
