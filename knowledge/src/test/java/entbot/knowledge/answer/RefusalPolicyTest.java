package entbot.knowledge.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.search.Concept;
import entbot.knowledge.search.Hit;
import entbot.knowledge.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RefusalPolicyTest {
  private static final String QUESTION = "Quel est le salaire d'un AESH en CDD ?";
  private final RefusalPolicy policy = new RefusalPolicy(0.5);

  private static SearchResult result(boolean salaryInGuides) throws Exception {
    Hit hit = new Hit("g.txt", "AESH en CDD", "AESH en CDD : compte créé par la DSDEN", 1.0, 0.55,
        0.53, true);
    List<Concept> concepts = List.of(
        new Concept(List.of(List.of(term("salaire"))), 1.0, salaryInGuides, false),
        new Concept(List.of(List.of(term("AESH"))), 1.0, true, false));
    return new SearchResult(QUESTION, List.of(hit), concepts, List.of());
  }

  private static String term(String word) throws Exception {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = FrenchAnalysis.indexAnalyzer().tokenStream("content", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms.get(0);
  }

  @Test
  void refusesWhenWhatTheQuestionAsksForOccursNowhereInTheGuides() throws Exception {
    assertFalse(policy.answers(result(false)));
  }

  @Test
  void answersTheSameSearchWhenTheGuidesDoMentionWhatIsAsked() throws Exception {
    assertTrue(policy.answers(result(true)));
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new RefusalPolicy(1.5));
  }
}
