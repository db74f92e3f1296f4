package entbot.bot.chat.runtime;

import entbot.bot.BotException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's settings, from environment variables and an optional properties file (same keys;
 * {@code $ENTBOT_CONFIG}, else {@code DATA/entbot.properties}); the environment wins. Unknown keys
 * in the file are refused so that a typo is not silently ignored. The Discord token is never
 * shown: {@link #toString()} masks it.
 */
public final class BotConfig {
  public static final String FILE_NAME = "entbot.properties";
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  public static final String DISCORD_ROLE = "ENTBOT_DISCORD_ROLE";
  public static final String DISCORD_CHANNEL = "ENTBOT_DISCORD_CHANNEL";
  public static final String DISCORD_GUILD = "ENTBOT_DISCORD_GUILD";
  public static final String RATE_LIMIT = "ENTBOT_RATE_LIMIT";
  public static final String FLOW_TIMEOUT = "ENTBOT_FLOW_TIMEOUT_MIN";
  public static final String REMINDER_GRACE = "ENTBOT_REMINDER_GRACE_DAYS";
  static final Set<String> KEYS = Set.of(DISCORD_TOKEN, DISCORD_ROLE, DISCORD_CHANNEL,
      DISCORD_GUILD, RATE_LIMIT, FLOW_TIMEOUT, REMINDER_GRACE);

  private final Map<String, String> values;

  BotConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Reads the file (if any) then the environment. */
  public static BotConfig load(Path dataDir, Map<String, String> environment) {
    Map<String, String> values = new HashMap<>();
    String explicit = environment.get("ENTBOT_CONFIG");
    Path file = explicit == null || explicit.isBlank()
        ? dataDir.resolve(FILE_NAME) : Path.of(explicit);
    if (Files.isRegularFile(file)) {
      values.putAll(readFile(file));
    } else if (explicit != null && !explicit.isBlank()) {
      throw BotException.badInput("Fichier de configuration introuvable : " + file + ".");
    }
    for (String key : KEYS) {
      String value = environment.get(key);
      if (value != null && !value.isBlank()) {
        values.put(key, value.strip());
      }
    }
    return new BotConfig(values);
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw BotException.badInput("Fichier de configuration illisible : " + file + ".");
    }
    Map<String, String> values = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw BotException.badInput("Clé inconnue « " + key + " » dans " + file
            + " ; clés possibles : " + String.join(", ", KEYS.stream().sorted().toList()) + ".");
      }
      String value = properties.getProperty(key).strip();
      if (!value.isEmpty()) {
        values.put(key, value);
      }
    }
    return values;
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public Optional<String> discordToken() {
    return get(DISCORD_TOKEN);
  }

  /** Requests per user per minute (default 20). */
  public int rateLimitPerMinute() {
    return positive(RATE_LIMIT, 20);
  }

  /** How long a conversation waits for a confirmation or an answer (default 30 minutes). */
  public Duration flowTimeout() {
    return Duration.ofMinutes(positive(FLOW_TIMEOUT, 30));
  }

  public Duration reminderGrace() {
    return entbot.bot.reminders.ReminderService.graceFromEnvironment(values.get(REMINDER_GRACE));
  }

  private int positive(String key, int fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BotException.badInput(key + " doit être un nombre entier positif, pas « " + value + " ».");
  }

  @Override
  public String toString() {
    Map<String, String> shown = new HashMap<>(values);
    shown.computeIfPresent(DISCORD_TOKEN, (k, v) -> "***");
    return "BotConfig" + shown;
  }
}
