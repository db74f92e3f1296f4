package entbot.bot.tickets.glpi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entbot.bot.BotException;
import entbot.bot.tickets.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Route → GLPI fields ({@code itilcategories_id}, {@code urgency}), from
 * {@code entbot/tickets/glpi-mapping.yaml} or the file named by {@code ENTBOT_GLPI_MAPPING}.
 * Every route of the contract must be mapped; urgency is GLPI's 1 (very low) to 5 (very high).
 */
public record GlpiMapping(Map<String, Target> routes) {
  public static final String RESOURCE = "/entbot/tickets/glpi-mapping.yaml";

  /** The GLPI fields of one route. */
  public record Target(int category, int urgency) {
    public Target {
      if (category < 0) {
        throw new IllegalArgumentException("category must be a GLPI id (>= 0), got " + category);
      }
      if (urgency < 1 || urgency > 5) {
        throw new IllegalArgumentException("urgency must be between 1 and 5, got " + urgency);
      }
    }
  }

  public GlpiMapping {
    routes = Map.copyOf(routes);
    for (String route : Routes.ALL) {
      if (!routes.containsKey(route)) {
        throw new IllegalArgumentException("no GLPI category for route " + route);
      }
    }
    for (String route : routes.keySet()) {
      if (!Routes.ALL.contains(route)) {
        throw new IllegalArgumentException("unknown route '" + route + "', expected one of " + Routes.ALL);
      }
    }
  }

  public Target target(String route) {
    return routes.get(route);
  }

  public static GlpiMapping bundled() {
    try (InputStream in = GlpiMapping.class.getResourceAsStream(RESOURCE)) {
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw BotException.failure("Lecture impossible de la correspondance GLPI des tickets.", e);
    }
  }

  public static GlpiMapping fromEnvironment() {
    String file = System.getenv("ENTBOT_GLPI_MAPPING");
    if (file == null || file.isBlank()) {
      return bundled();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return parse(in, file);
    } catch (IOException e) {
      throw BotException.badInput("fichier ENTBOT_GLPI_MAPPING illisible : " + file + ".");
    }
  }

  static GlpiMapping parse(InputStream in, String origin) throws IOException {
    try {
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, GlpiMapping.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw BotException.badInput("correspondance GLPI invalide dans " + origin + " : "
          + e.getOriginalMessage() + ".");
    }
  }
}
