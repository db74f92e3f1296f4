package entbot.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrCleanerTest {
  @Test
  void dropsLinesOfStraySymbolsAndKeepsRealTextVerbatim() {
    List<String> lines = OcrCleaner.clean("Rôle ? CPE\n*\nT\n~| ¥ © —\nLa tuile haute affiche une image.\n");
    assertEquals(List.of("Rôle ? CPE", "La tuile haute affiche une image."), lines);
  }

  @Test
  void collapsesRunsOfBlankLinesAndKeepsNumberingMarkers() {
    List<String> lines = OcrCleaner.clean("Titre\n\n\n\n2/\n\nSuite du texte");
    assertEquals(List.of("Titre", "", "2/", "", "Suite du texte"), lines);
  }

  @Test
  void anEmptyOrGarbageOnlyTextGivesNoContent() {
    assertTrue(OcrCleaner.clean("").stream().allMatch(String::isBlank));
    assertFalse(OcrCleaner.clean("| * ° ~\n@@ ##\n").stream().anyMatch(l -> !l.isBlank()));
  }
}
