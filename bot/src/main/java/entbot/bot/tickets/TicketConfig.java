package entbot.bot.tickets;

import entbot.bot.BotException;
import entbot.bot.llm.LlmClient;
import entbot.bot.tickets.draft.RoutingRules;
import entbot.bot.tickets.glpi.GlpiMapping;
import java.time.Duration;
import java.util.Objects;

/**
 * How the ticket service is set up: the GLPI helpdesk ({@code ENTBOT_GLPI_URL},
 * {@code ENTBOT_GLPI_APP_TOKEN}, {@code ENTBOT_GLPI_USER_TOKEN}, {@code ENTBOT_GLPI_TIMEOUT_S}),
 * route → category mapping ({@code ENTBOT_GLPI_MAPPING}), routing rules
 * ({@code ENTBOT_TICKET_RULES}), retention ({@code ENTBOT_TICKET_RETENTION_DAYS}, default 180)
 * and the optional LLM ({@code llm} null when none).
 */
public record TicketConfig(String glpiUrl, String glpiAppToken, String glpiUserToken,
    Duration glpiTimeout, GlpiMapping glpiMapping, RoutingRules rules, int retentionDays,
    LlmClient llm) {
  public static final int DEFAULT_RETENTION_DAYS = 180;
  public static final Duration DEFAULT_GLPI_TIMEOUT = Duration.ofSeconds(20);

  public TicketConfig {
    Objects.requireNonNull(glpiTimeout, "glpiTimeout");
    Objects.requireNonNull(glpiMapping, "glpiMapping");
    Objects.requireNonNull(rules, "rules");
    if (retentionDays < 1) {
      throw BotException.badInput("la durée de conservation des tickets doit être d'au moins 1 jour, pas "
          + retentionDays + ".");
    }
    if (glpiTimeout.isNegative() || glpiTimeout.isZero()) {
      throw BotException.badInput("le délai GLPI doit être positif, pas " + glpiTimeout + ".");
    }
  }

  /** No helpdesk, no LLM, bundled rules: drafting and storage only. */
  public static TicketConfig defaults() {
    return new TicketConfig(null, null, null, DEFAULT_GLPI_TIMEOUT, GlpiMapping.bundled(),
        RoutingRules.bundled(), DEFAULT_RETENTION_DAYS, null);
  }

  public static TicketConfig fromEnvironment() {
    return new TicketConfig(env("ENTBOT_GLPI_URL"), env("ENTBOT_GLPI_APP_TOKEN"),
        env("ENTBOT_GLPI_USER_TOKEN"),
        Duration.ofSeconds(number("ENTBOT_GLPI_TIMEOUT_S", (int) DEFAULT_GLPI_TIMEOUT.toSeconds())),
        GlpiMapping.fromEnvironment(), RoutingRules.fromEnvironment(),
        number("ENTBOT_TICKET_RETENTION_DAYS", DEFAULT_RETENTION_DAYS),
        LlmClient.fromEnvironment().orElse(null));
  }

  public TicketConfig withGlpi(String url, String appToken, String userToken, Duration timeout) {
    return new TicketConfig(url, appToken, userToken, timeout, glpiMapping, rules, retentionDays, llm);
  }

  public TicketConfig withRetentionDays(int days) {
    return new TicketConfig(glpiUrl, glpiAppToken, glpiUserToken, glpiTimeout, glpiMapping, rules, days, llm);
  }

  public TicketConfig withLlm(LlmClient client) {
    return new TicketConfig(glpiUrl, glpiAppToken, glpiUserToken, glpiTimeout, glpiMapping, rules,
        retentionDays, client);
  }

  public boolean hasHelpdesk() {
    return glpiUrl != null && !glpiUrl.isBlank();
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int number(String name, int fallback) {
    String value = env(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw BotException.badInput(name + " doit être un nombre entier, pas « " + value + " ».");
    }
  }
}
