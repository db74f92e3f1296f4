package entbot.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private static List<Passage> split(String text) {
    List<String> lines = OcrCleaner.clean(text);
    return PassageSplitter.split("guide.txt", "Guide", lines);
  }

  private static String filler(String word) {
    return (word + " ").repeat(80).strip();
  }

  @Test
  void eachPassageKeepsItsHeadingPath() {
    List<Passage> passages = split("3. Annuaire ENT\n\n" + filler("annuaire") + "\n\n3.5. Créer un utilisateur\n\n"
        + filler("utilisateur") + "\n");
    assertEquals("Guide > 3. Annuaire ENT", passages.get(0).section());
    assertEquals("Guide > 3. Annuaire ENT > 3.5. Créer un utilisateur", passages.get(1).section());
  }

  @Test
  void numberedStepsInsideASectionAreNotTakenForHeadings() {
    List<Passage> passages = split("4. Accès ENT\n\n" + filler("acces") + "\n\n1. Sélectionner le menu Scolarité\n\n"
        + filler("menu") + "\n\n2. Cliquer sur Valider\n\n" + filler("valider") + "\n");
    assertTrue(passages.stream().allMatch(p -> p.section().equals("Guide > 4. Accès ENT")),
        passages.toString());
  }

  @Test
  void lettersAndDashesNestUnderTheirSection() {
    List<Passage> passages = split("1 - Créer un groupe\n\n" + filler("groupe") + "\n\n2 – Droits\n\nA : droits sur les cahiers de textes\n\n"
        + filler("cahier") + "\n");
    assertEquals("Guide > 2 – Droits > A : droits sur les cahiers de textes",
        passages.get(passages.size() - 1).section());
  }

  @Test
  void aTableIsKeptWholeEvenInALongSection() {
    StringBuilder text = new StringBuilder("# Droits\n\n").append(filler("intro")).append("\n\n");
    text.append((filler("avant") + "\n").repeat(3));
    for (int i = 0; i < 40; i++) {
      text.append("GD_AESH ").append(i).append("\tNon enseignant\tCPE\n");
    }
    List<Passage> passages = split(text.toString());
    long holding = passages.stream().filter(p -> p.text().contains("GD_AESH 0\t")).count();
    assertEquals(1, holding);
    assertTrue(passages.stream().anyMatch(p -> p.text().contains("GD_AESH 0\t") && p.text().contains("GD_AESH 39\t")));
  }

  @Test
  void theRealGuidesGivePassagesOfAFewHundredToAboutTwoThousandCharacters() throws Exception {
    Path guide = Path.of(System.getProperty("entbot.root", ".."), "..", "shared", "guides",
        "skolengo-formation-administrateur.txt");
    List<Passage> passages = split(Files.readString(guide));
    assertTrue(passages.size() > 30, "a guide is cut into many passages: " + passages.size());
    assertTrue(passages.stream().allMatch(p -> p.text().length() <= 4000), "never a whole guide");
    double average = passages.stream().mapToInt(p -> p.text().length()).average().orElse(0);
    assertTrue(average > 300 && average < 2000, "average " + average);
    assertTrue(passages.stream().anyMatch(p -> p.section().contains("3.5. Créer un utilisateur")));
  }

  @Test
  void aBlankDocumentGivesNoPassage() {
    assertEquals(List.of(), split("\n\n  \n"));
  }
}
