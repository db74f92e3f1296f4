package entbot.bot.tickets.draft;

import entbot.bot.tickets.draft.RoutingRules.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Route stage: scores the desks on one incident's text with the editable {@link RoutingRules} and
 * keeps the best. Ties go to the desk whose first matched rule comes first in the file, so the
 * file's order is the tie-break an admin can edit.
 */
public final class Router {
  private final RoutingRules rules;
  private final Map<java.util.regex.Pattern, String> spelling = new LinkedHashMap<>();

  public Router(RoutingRules rules) {
    this.rules = rules;
    for (Map.Entry<String, String> fix : rules.spelling().entrySet()) {
      spelling.put(java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\d_-])"
          + java.util.regex.Pattern.quote(fix.getKey()) + "(?![\\p{L}\\d_-])"),
          java.util.regex.Matcher.quoteReplacement(fix.getValue()));
    }
  }

  /** The decision for {@code folded} text (see {@link Fold}); never null. */
  public RouteDecision route(String folded) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    Map<String, Rule> heaviest = new LinkedHashMap<>();
    Rule serviceRule = null;
    for (Rule rule : rules.rules()) {
      if (!rule.matches(folded)) {
        continue;
      }
      scores.merge(rule.route(), rule.weight(), Integer::sum);
      Rule best = heaviest.get(rule.route());
      if (best == null || rule.weight() > best.weight()) {
        heaviest.put(rule.route(), rule);
      }
    }
    if (scores.isEmpty()) {
      RoutingRules.Fallback fallback = rules.fallback();
      return new RouteDecision(fallback.route(), fallback.reason(), null, fallback.summary(),
          fallback.attachment(), 0, false);
    }
    String route = null;
    for (Map.Entry<String, Integer> score : scores.entrySet()) {
      if (route == null || score.getValue() > scores.get(route)) {
        route = score.getKey();
      }
    }
    Rule winner = heaviest.get(route);
    return new RouteDecision(route, winner.reason(), winner.service(), winner.summary(),
        winner.attachment(), scores.get(route), winner.weight() >= 3);
  }

  /** Rewrites the frequent misspellings of the rules file, whole words only. */
  public String correctSpelling(String text) {
    String result = text;
    for (Map.Entry<java.util.regex.Pattern, String> fix : spelling.entrySet()) {
      result = fix.getKey().matcher(result).replaceAll(fix.getValue());
    }
    return result;
  }

  /**
   * One routing decision. {@code specific} is true when a rule heavier than the generic ones
   * decided, i.e. the text clearly names a service of that desk.
   */
  public record RouteDecision(String route, String reason, String service, String summary,
      String attachment, int score, boolean specific) {}
}
