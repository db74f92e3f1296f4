package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the repeated {@code --param cle=valeur} options into a map. Done here rather than by
 * picocli's map conversion so that a malformed one gets a French sentence like every other bad input.
 */
final class ProcedureParams {
  private ProcedureParams() {}

  static Map<String, String> parse(List<String> options) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String option : options == null ? List.<String>of() : options) {
      int equals = option.indexOf('=');
      if (equals <= 0) {
        throw ProcedureException.badInput("Paramètre mal formé : « " + option + " » (attendu : --param cle=valeur,"
            + " par exemple --param classe=310).");
      }
      String key = option.substring(0, equals).strip();
      if (params.put(key, option.substring(equals + 1)) != null) {
        throw ProcedureException.badInput("Le paramètre « " + key + " » est donné deux fois.");
      }
    }
    return params;
  }
}
