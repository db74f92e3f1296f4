package entbot.procedures.catalog;

import entbot.procedures.ProcedureException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the parameters a user gave against a procedure's declared ones: unknown, missing, empty
 * or malformed values are refused with one French sentence (exit 2). Checks that need the model
 * (does the class exist?) are the engine's, inside the run's transaction.
 */
public final class ParameterBinder {
  private ParameterBinder() {}

  /** The parameters to run with: the given ones, stripped, plus declared defaults. */
  public static Map<String, String> bind(ProcedureDefinition definition, Map<String, String> given) {
    Map<String, String> bound = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      if (definition.parameter(entry.getKey()).isEmpty()) {
        throw ProcedureException.badInput("Paramètre inconnu « " + entry.getKey() + " » pour la procédure "
            + definition.id() + " (attendus : " + expected(definition) + ").");
      }
    }
    for (ParameterSpec spec : definition.parameters()) {
      String value = given.get(spec.name());
      if (value == null) {
        if (spec.defaultValue() != null) {
          bound.put(spec.name(), spec.defaultValue());
        } else if (spec.required()) {
          throw ProcedureException.badInput("Paramètre obligatoire manquant : « " + spec.name() + " » ("
              + spec.description() + ") ; ajoutez --param " + spec.name() + "=...");
        }
        continue;
      }
      value = value.strip();
      if (value.isEmpty()) {
        throw ProcedureException.badInput("Le paramètre « " + spec.name() + " » est vide : il faut "
            + spec.kind().description() + ".");
      }
      if (!spec.kind().accepts(value)) {
        throw ProcedureException.badInput("Valeur invalide pour « " + spec.name() + " » : « " + value
            + " » ; il faut " + spec.kind().description() + ".");
      }
      if (spec.kind() == ParameterType.CHOIX && !spec.values().contains(value)) {
        throw ProcedureException.badInput("Valeur invalide pour « " + spec.name() + " » : « " + value
            + " » (valeurs possibles : " + String.join(", ", spec.values()) + ").");
      }
      bound.put(spec.name(), value);
    }
    return bound;
  }

  private static String expected(ProcedureDefinition definition) {
    return definition.parameters().stream()
        .map(p -> p.required() ? p.name() : p.name() + " (facultatif)")
        .collect(Collectors.joining(", "));
  }
}
