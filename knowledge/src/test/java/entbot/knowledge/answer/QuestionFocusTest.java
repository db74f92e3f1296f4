package entbot.knowledge.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.search.Concept;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class QuestionFocusTest {
  private final Analyzer analyzer = FrenchAnalysis.indexAnalyzer();
  private final List<Concept> concepts = List.of(
      new Concept(List.of(List.of("role"), List.of("droit")), 1.0, true, false));

  @Test
  void aLineGivingAValueForTheWordAfterQuelIsTheCrux() {
    QuestionFocus focus = QuestionFocus.of("on met quel rôle ?", concepts, analyzer);
    assertTrue(focus.isCrux("Rôle ? CPE", analyzer));
    assertTrue(focus.isCrux("le rôle \"CPE\" permet de voir les emplois du temps", analyzer));
    assertTrue(focus.isCrux("Donner des droits « Visiteur » au groupe", analyzer), "synonym");
  }

  @Test
  void aLineThatOnlyMentionsTheFocusWordIsNotTheCrux() {
    QuestionFocus focus = QuestionFocus.of("on met quel rôle ?", concepts, analyzer);
    assertFalse(focus.isCrux("- A : droits sur les cahiers de textes", analyzer));
    assertFalse(focus.isCrux("Cible : liste de groupes", analyzer));
  }

  @Test
  void combienAsksForANumberAndAQuestionWithoutFocusHasNoCrux() {
    assertTrue(QuestionFocus.of("combien de gestionnaires ?", List.of(), analyzer)
        .isCrux("jusqu'à 25 personnes", analyzer));
    QuestionFocus none = QuestionFocus.of("comment créer un groupe ?", concepts, analyzer);
    assertTrue(none.isEmpty());
    assertFalse(none.isCrux("Rôle ? CPE", analyzer));
  }
}
