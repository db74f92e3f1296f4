package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassExtractorTest {
  private final ClassExtractor extractor = new ClassExtractor();

  @Test
  void readsCollegeLyceeNumberedClassesAndDirectoryGroups() {
    assertEquals(List.of("5A", "3B"), extractor.classes("élèves de 5A et de la 3e B"));
    assertEquals(List.of("310"), extractor.classes("AESH affectée en classe 310"));
    assertEquals(List.of("2nde 3"), extractor.classes("Jade (2nde 3) ne voit rien"));
    assertEquals(List.of("GD_AESH (AVS)"), extractor.classes("absente du groupe GD_AESH (AVS)"));
  }

  @Test
  void ignoresNumbersThatAreNotClasses() {
    assertEquals(List.of(), extractor.classes("erreur 500 depuis 3 jours pour 310 élèves, il a 5 ans"));
  }

  @Test
  void comparesClassNamesWhateverTheirSpelling() {
    assertEquals(ClassExtractor.key("3B"), ClassExtractor.key("3ème b"));
    assertEquals(ClassExtractor.key("3B"), ClassExtractor.key("3e B"));
  }
}
