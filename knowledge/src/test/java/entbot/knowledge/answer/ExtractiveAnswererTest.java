package entbot.knowledge.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.search.Concept;
import entbot.knowledge.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {
  private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(FrenchAnalysis.indexAnalyzer());

  private static SearchResult result(List<Concept> concepts) {
    return new SearchResult("q", List.of(), concepts, List.of());
  }

  @Test
  void opensWithTheLinesThatHoldTheQuestionsConceptsAndCitesThem() {
    Source source = new Source(1, "g.txt", "G", "Introduction générale sans rapport.\n"
        + "Autre ligne d'introduction.\nModifier le service Cahier de textes\nRôle ? CPE\n"
        + "Profil Non enseignant\nFin du passage sans rapport.", 3.0);
    List<Concept> concepts = List.of(
        new Concept(List.of(List.of("cahi", "text")), 2.0, true, false),
        new Concept(List.of(List.of("role")), 1.5, true, false));
    String answer = answerer.answer(result(concepts), List.of(source));
    assertTrue(answer.startsWith("Modifier le service Cahier de textes\nRôle ? CPE"), answer);
    assertTrue(answer.endsWith("[1]"), answer);
  }

  @Test
  void opensWithTheLineGivingTheValueAskedForRatherThanASummaryThatNamesEverything() {
    Source form = new Source(1, "g.txt", "G", "Modifier le service Cahier de textes\n"
        + "Ajouter des accès\nRôle ? CPE\nCible\nGroupe(s) GD_AESH (AVS)", 3.0);
    Source summary = new Source(2, "g.txt", "H", "Créer un groupe qui va contenir les AESH et les AVS\n"
        + "- A : droits sur les cahiers de textes\n- B : droits sur la messagerie", 2.9);
    List<Concept> concepts = List.of(
        new Concept(List.of(List.of("cdt"), List.of("cahi", "text")), 2.0, true, false),
        new Concept(List.of(List.of("avs"), List.of("aesh")), 2.0, true, false),
        new Concept(List.of(List.of("role"), List.of("droit")), 1.0, true, false));
    SearchResult result = new SearchResult("cdt pour les avs : on met quel role ?", List.of(), concepts,
        List.of());
    String answer = answerer.answer(result, List.of(form, summary));
    assertTrue(answer.startsWith("Rôle ? CPE"), answer);
  }

  @Test
  void showsAHeadingThatStatesTheFactWithoutItsMarkdownMarks() {
    Source fiche = new Source(1, "f.md", "F", "## Responsables GAR : 25 personnes maximum\n"
        + "Texte sans rapport.", 1.0);
    String answer = answerer.answer(result(List.of(new Concept(List.of(List.of("gar")), 1.0, true,
        false))), List.of(fiche));
    assertTrue(answer.startsWith("Responsables GAR : 25 personnes maximum"), answer);
  }

  @Test
  void staysUnderEightHundredCharacters() {
    String longLine = "Le rôle du cahier de textes est décrit ici en détail. ".repeat(40);
    Source source = new Source(1, "g.txt", "G", longLine + "\n" + longLine, 1.0);
    String answer = answerer.answer(result(List.of(new Concept(List.of(List.of("role")), 1.0, true, false))),
        List.of(source, new Source(2, "h.txt", "H", longLine, 0.9)));
    assertTrue(answer.length() <= ExtractiveAnswerer.MAX_CHARS, "length " + answer.length());
  }

  @Test
  void withoutSourcesTheAnswerIsEmpty() {
    assertEquals("", answerer.answer(result(List.of()), List.of()));
  }
}
