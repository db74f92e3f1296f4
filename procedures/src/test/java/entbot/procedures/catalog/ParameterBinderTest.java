package entbot.procedures.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.ProcedureException;
import entbot.procedures.engine.Actions;
import entbot.procedures.engine.action.StandardActions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {
  private final Catalog catalog = Catalog.bundled(new Actions(StandardActions.all()));

  @Test
  void stripsValuesAndFillsDefaults() {
    Map<String, String> bound = ParameterBinder.bind(catalog.get("rubrique-creer"),
        Map.of("chemin", " Bac à sable ", "groupe", "GA_Enseignants"));
    assertEquals("Bac à sable", bound.get("chemin"));
    assertEquals("Rédacteur", bound.get("role"));
  }

  @Test
  void refusesValuesOutsideTheirTypeOrChoices() {
    ProcedureException url = assertThrows(ProcedureException.class, () -> ParameterBinder.bind(
        catalog.get("connecteur-ajouter"), Map.of("nom", "X", "code", "XX", "url", "ftp://x")));
    assertTrue(url.isBadInput() && url.getMessage().contains("http"), url.getMessage());
    ProcedureException choice = assertThrows(ProcedureException.class, () -> ParameterBinder.bind(
        catalog.get("personnel-non-enseignant"), Map.of("prenom", "A", "nom", "B", "categorie", "stagiaire")));
    assertTrue(choice.getMessage().contains("contractuel"), choice.getMessage());
    ProcedureException code = assertThrows(ProcedureException.class, () -> ParameterBinder.bind(
        catalog.get("connecteur-ajouter"), Map.of("nom", "X", "code", "x y", "url", "https://x")));
    assertTrue(code.getMessage().contains("code"), code.getMessage());
  }
}
