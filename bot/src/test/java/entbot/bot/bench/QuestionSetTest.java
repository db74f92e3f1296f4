package entbot.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuestionSetTest {
  private static QuestionSet parse(String yaml) throws Exception {
    return QuestionSet.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsDefaultsForHardAndCovered() throws Exception {
    QuestionSet set = parse("questions:\n  - id: q1\n    question: \"cdt ?\"\n"
        + "    shared: {document: a.txt, passage: \"Rôle ? CPE\"}\n"
        + "  - id: q2\n    question: \"quiz Moodle ?\"\n    covered: false\n    near: true\n");
    assertFalse(set.questions().get(0).isHard());
    assertTrue(set.questions().get(0).isCovered());
    assertFalse(set.questions().get(1).isCovered());
    assertEquals("a.txt", set.questions().get(0).expectation("shared").document());
  }

  @Test
  void theBundledSetHasEnoughHardAndUncoveredQuestions() {
    QuestionSet set = QuestionSet.bundled();
    assertTrue(set.questions().size() >= 100);
    assertTrue(set.questions().stream().filter(QaQuestion::isHard).count() >= 40);
    assertTrue(set.questions().stream().filter(q -> !q.isCovered()).count() >= 15);
  }

  @Test
  void aMisspeltKeyIsRejected() {
    assertThrows(BotException.class, () -> parse("questions:\n  - id: q1\n    question: \"x ?\"\n"
        + "    covred: false\n"));
  }

  @Test
  void aCoveredQuestionWithoutExpectedPassageIsRejected() {
    assertThrows(Exception.class, () -> parse("questions:\n  - id: q1\n    question: \"x ?\"\n"));
  }
}
