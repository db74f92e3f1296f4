package entbot.bot.tickets.draft;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entbot.bot.BotException;
import entbot.bot.tickets.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The editable routing rules ({@code entbot/tickets/routing-rules.yaml}, or the file named by
 * {@code ENTBOT_TICKET_RULES}): which words send a ticket to which desk, and why. Unknown keys,
 * unknown routes and broken patterns are refused when the file is loaded, naming the rule.
 */
public record RoutingRules(Fallback fallback, List<Rule> rules, Map<String, String> spelling) {
  public static final String RESOURCE = "/entbot/tickets/routing-rules.yaml";

  public RoutingRules {
    rules = List.copyOf(rules);
    spelling = Map.copyOf(spelling);
  }

  /** The desk used when no rule matches. */
  public record Fallback(String route, String reason, String summary, String attachment) {
    public Fallback {
      requireRoute(route, "default");
    }
  }

  /** One rule: its patterns (already compiled, for folded text) add {@code weight} to {@code route}. */
  public record Rule(String id, String route, String service, int weight, List<Pattern> patterns,
      String reason, String summary, String attachment) {
    public Rule {
      requireRoute(route, id);
      if (weight <= 0) {
        throw new IllegalArgumentException("rule " + id + ": weight must be positive, got " + weight);
      }
      patterns = List.copyOf(patterns);
      if (patterns.isEmpty()) {
        throw new IllegalArgumentException("rule " + id + ": no pattern");
      }
    }

    public boolean matches(String folded) {
      for (Pattern pattern : patterns) {
        if (pattern.matcher(folded).find()) {
          return true;
        }
      }
      return false;
    }
  }

  public static RoutingRules bundled() {
    try (InputStream in = RoutingRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw BotException.failure("Lecture impossible des règles de routage des tickets.", e);
    }
  }

  public static RoutingRules load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw BotException.badInput("fichier de règles de routage illisible : " + file + ".");
    }
  }

  /** {@code ENTBOT_TICKET_RULES} when set, else the bundled rules. */
  public static RoutingRules fromEnvironment() {
    String file = System.getenv("ENTBOT_TICKET_RULES");
    return file == null || file.isBlank() ? bundled() : load(Path.of(file));
  }

  private static RoutingRules parse(InputStream in, String origin) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    RulesFile file;
    try {
      file = yaml.readValue(in, RulesFile.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw BotException.badInput("règles de routage invalides dans " + origin + " : "
          + e.getOriginalMessage() + ".");
    }
    try {
      List<Rule> rules = new ArrayList<>();
      for (RuleEntry entry : file.rules()) {
        List<Pattern> patterns = new ArrayList<>();
        for (String pattern : entry.patterns()) {
          patterns.add(Pattern.compile(pattern));
        }
        rules.add(new Rule(entry.id(), entry.route(), entry.service(), entry.weight(), patterns,
            entry.reason(), entry.summary(), entry.attachment()));
      }
      Map<String, String> spelling = file.spelling() == null ? Map.of() : file.spelling();
      return new RoutingRules(file.defaultRule(), rules, spelling);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw BotException.badInput("règles de routage invalides dans " + origin + " : "
          + e.getMessage() + ".");
    }
  }

  private static void requireRoute(String route, String where) {
    if (!Routes.ALL.contains(route)) {
      throw new IllegalArgumentException("rule " + where + ": unknown route '" + route
          + "', expected one of " + Routes.ALL);
    }
  }

  private record RulesFile(
      @com.fasterxml.jackson.annotation.JsonProperty("default") Fallback defaultRule,
      List<RuleEntry> rules, Map<String, String> spelling) {
    RulesFile {
      if (defaultRule == null || rules == null) {
        throw new IllegalArgumentException("the file needs a 'default' entry and a 'rules' list");
      }
    }
  }

  private record RuleEntry(String id, String route, String service, int weight,
      List<String> patterns, String reason, String summary, String attachment) {
    RuleEntry {
      if (id == null || reason == null || summary == null || attachment == null || patterns == null) {
        throw new IllegalArgumentException("rule " + id
            + ": id, route, weight, patterns, reason, summary and attachment are all required");
      }
      id = id.toLowerCase(Locale.ROOT);
    }
  }
}
