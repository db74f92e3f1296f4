package entbot.procedures.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.ProcedureException;
import entbot.procedures.engine.Actions;
import entbot.procedures.engine.action.StandardActions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureLoaderTest {
  private final ProcedureLoader loader = new ProcedureLoader(new Actions(StandardActions.all()));

  private static final String VALID = """
      id: essai
      title: "Essai"
      guide: test
      summary: "un essai"
      parameters:
        - name: nom
          type: groupe
          description: "nom du groupe"
      steps:
        - id: groupe
          action: ensure-group
          with: {name: "${nom}", type: libre}
          explain: "crée le groupe ${nom}"
          uiPath: "Annuaire > Créer un groupe"
      """;

  @Test
  void loadsAValidProcedureWithItsTypedParameters() {
    ProcedureDefinition definition = loader.load("essai.yaml", VALID);
    assertEquals("essai", definition.id());
    assertEquals(ParameterType.GROUPE, definition.parameters().get(0).kind());
    assertEquals(Map.of("name", "${nom}", "type", "libre"), definition.steps().get(0).with());
    assertEquals(10, definition.steps().get(0).line());
  }

  @Test
  void rejectsAnUnknownKeyNamingItsLine() {
    String yaml = VALID.replace("    uiPath:", "    colour: blue\n    uiPath:");
    ProcedureException e = assertThrows(ProcedureException.class, () -> loader.load("essai.yaml", yaml));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("ligne 14") && e.getMessage().contains("colour"), e.getMessage());
  }

  @Test
  void rejectsUnknownActionsArgumentsAndReferencesWithTheirLines() {
    String yaml = VALID.replace("ensure-group", "ensure-groupe");
    ProcedureException action = assertThrows(ProcedureException.class, () -> loader.load("essai.yaml", yaml));
    assertTrue(action.getMessage().contains("ligne 11") && action.getMessage().contains("ensure-groupe"),
        action.getMessage());
    ProcedureException argument = assertThrows(ProcedureException.class,
        () -> loader.load("essai.yaml", VALID.replace("type: libre", "type: libre, couleur: bleu")));
    assertTrue(argument.getMessage().contains("couleur"), argument.getMessage());
    ProcedureException reference = assertThrows(ProcedureException.class,
        () -> loader.load("essai.yaml", VALID.replace("${nom}\", type", "${autre}\", type")));
    assertTrue(reference.getMessage().contains("${autre}"), reference.getMessage());
  }

  @Test
  void rejectsAMissingRequiredKeyAndBrokenYaml() {
    ProcedureException missing = assertThrows(ProcedureException.class,
        () -> loader.load("essai.yaml", VALID.replace("summary: \"un essai\"\n", "")));
    assertTrue(missing.getMessage().contains("summary"), missing.getMessage());
    ProcedureException broken = assertThrows(ProcedureException.class,
        () -> loader.load("essai.yaml", "id: [unclosed"));
    assertTrue(broken.getMessage().contains("YAML invalide"), broken.getMessage());
  }

  @Test
  void everyBundledProcedureLoads() {
    Catalog catalog = Catalog.bundled(new Actions(StandardActions.all()));
    assertEquals(9, catalog.all().size());
    assertTrue(catalog.get("aesh-entmip").parameter("etablissement").isPresent());
  }
}
