package entbot.procedures.engine.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.EntService;
import entbot.procedures.ProcedureService;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsureAccountTest {
  @TempDir
  Path data;

  @TempDir
  Path folder;

  private ProcedureService service;

  @BeforeEach
  void procedureCreatingAnyAccount() throws Exception {
    Files.writeString(folder.resolve("compte.yaml"), """
        id: compte
        title: "Créer un compte"
        guide: test
        summary: "crée un compte du profil demandé"
        parameters:
          - {name: prenom, type: nom, description: "prénom"}
          - {name: nom, type: nom, description: "nom"}
          - {name: profil, type: texte, description: "profil"}
        steps:
          - id: compte
            action: ensure-account
            with: {first: "${prenom}", last: "${nom}", profile: "${profil}"}
            explain: "crée le compte"
            uiPath: "Annuaire > Créer un utilisateur"
        """);
    EntService.open(data).init(true);
    service = ProcedureService.open(data, folder);
  }

  @Test
  void refusesAManualAccountForPupilsParentsAndTeachers() {
    for (String profile : new String[] {"Élève", "Parent", "Enseignant"}) {
      RunResult run = service.apply("compte", Map.of("prenom", "Nouveau", "nom", "Venu", "profil", profile), "t", null);
      assertEquals(RunResult.FAILED, run.status(), profile);
      assertTrue(run.reason().contains("48 h"), run.reason());
    }
    assertTrue(service.history().isEmpty());
  }

  @Test
  void createsAManualAccountWithTheNextFreeLoginAndFlagsItIrreversible() {
    RunResult first = service.apply("compte", Map.of("prenom", "Éloïse", "nom", "Garnier", "profil", "Autre"), "t", null);
    StepResult step = first.steps().get(0);
    assertEquals(StepStatus.CHANGE, step.status());
    assertTrue(step.irreversible());
    assertEquals("Manuel", step.changes().get(0).after().get("source"));
    assertEquals("eloise.garnier", step.changes().get(0).after().get("login"));
    RunResult again = service.apply("compte", Map.of("prenom", "eloise", "nom", "GARNIER", "profil", "Autre"), "t", null);
    assertEquals(RunResult.NOTHING_TO_DO, again.status(), "the same person is found, not created twice");
  }
}
