package entbot.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
  @Test
  void cutsBetweenLinesWithinTheLimitAndLosesNothing() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("Ligne ").append(i).append(" du plan, avec son chemin de clics.\n");
    }
    List<String> parts = MessageSplitter.split(text.toString(), 2000);
    assertTrue(parts.size() > 1);
    parts.forEach(p -> assertTrue(p.length() <= 2000, "part of " + p.length()));
    assertEquals(text.toString().strip(), String.join("\n", parts));
    assertTrue(parts.get(1).startsWith("Ligne "), parts.get(1));
  }

  @Test
  void aSingleLineLongerThanTheLimitIsCutInside() {
    List<String> parts = MessageSplitter.split("x".repeat(4500), 2000);
    assertEquals(List.of(2000, 2000, 500), parts.stream().map(String::length).toList());
  }

  @Test
  void refusesANonPositiveLimitAndNeverReturnsNothing() {
    assertThrows(IllegalArgumentException.class, () -> MessageSplitter.split("a", 0));
    assertEquals(List.of("(réponse vide)"), MessageSplitter.split("  ", 2000));
  }
}
