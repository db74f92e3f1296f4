package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCommandTest {
  private static CliRunner.Result withStdin(String input, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRunner.run(args);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void entbotAloneStartsTheConsoleBotWhichEndsCleanlyAtEndOfInput(@TempDir Path data) {
    assumeTrue(System.getenv("DISCORD_TOKEN") == null, "the console needs no Discord token");
    CliRunner.Result result = withStdin("/help\n/remind list\n", "--data", data.toString());
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("entbot (console)."), result.out());
    assertTrue(result.out().contains("Commandes d'entbot :"), result.out());
    assertTrue(result.out().contains("(edt-import-manuel)"), result.out());
    assertTrue(result.out().strip().endsWith("Au revoir."), result.out());
  }

  @Test
  void aBadConfigurationFileStopsTheBotWithExitTwo(@TempDir Path data) throws Exception {
    assumeTrue(System.getenv("ENTBOT_CONFIG") == null);
    java.nio.file.Files.writeString(data.resolve("entbot.properties"), "JETON=abc\n");
    CliRunner.Result result = withStdin("", "chat", "--data", data.toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Clé inconnue « JETON »"), result.err());
  }
}
