package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void anUnknownOptionExitsWithTwoAndOneFrenchSentence() {
    CliRunner.Result result = CliRunner.run("--frobnicate");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("option ou argument inconnu : --frobnicate"), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace without --debug");
    assertEquals("", result.out());
  }

  @Test
  void anUnknownBenchIsBadInput() {
    CliRunner.Result result = CliRunner.run("bench", "nimporte");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("banc d'essai inconnu"), result.err());
  }

  @Test
  void helpIsInFrenchAndExitsWithZero() {
    CliRunner.Result result = CliRunner.run("--help");
    assertEquals(0, result.exitCode());
    assertTrue(result.out().startsWith("Usage : entbot"), result.out());
    assertTrue(result.out().contains("Affiche cette aide."), result.out());
  }
}
