package entbot.bot.chat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {
  @TempDir Path data;

  @Test
  void theEnvironmentOverridesTheFileAndDefaultsFillTheRest() throws Exception {
    Files.writeString(data.resolve(BotConfig.FILE_NAME),
        "ENTBOT_DISCORD_ROLE=Admins ENT\nENTBOT_RATE_LIMIT=5\n");
    BotConfig config = BotConfig.load(data, Map.of("ENTBOT_RATE_LIMIT", "8",
        "DISCORD_TOKEN", "secret-token"));
    assertEquals(8, config.rateLimitPerMinute());
    assertEquals("Admins ENT", config.get(BotConfig.DISCORD_ROLE).orElseThrow());
    assertEquals(Duration.ofMinutes(30), config.flowTimeout());
    assertEquals(Duration.ofDays(7), config.reminderGrace());
    assertEquals("secret-token", config.discordToken().orElseThrow());
  }

  @Test
  void theTokenIsNeverShown() {
    BotConfig config = BotConfig.load(data, Map.of("DISCORD_TOKEN", "secret-token"));
    assertFalse(config.toString().contains("secret-token"), config.toString());
    assertTrue(config.toString().contains("***"));
  }

  @Test
  void refusesAnUnknownKeyAMissingExplicitFileAndABadNumber() throws Exception {
    Files.writeString(data.resolve(BotConfig.FILE_NAME), "DISCORD_TOKN=x\n");
    BotException unknown = assertThrows(BotException.class, () -> BotConfig.load(data, Map.of()));
    assertTrue(unknown.getMessage().contains("Clé inconnue « DISCORD_TOKN »"), unknown.getMessage());

    assertThrows(BotException.class,
        () -> BotConfig.load(data, Map.of("ENTBOT_CONFIG", data.resolve("absent").toString())));

    Files.delete(data.resolve(BotConfig.FILE_NAME));
    BotConfig bad = BotConfig.load(data, Map.of("ENTBOT_RATE_LIMIT", "beaucoup"));
    BotException number = assertThrows(BotException.class, bad::rateLimitPerMinute);
    assertTrue(number.isBadInput());
  }
}
