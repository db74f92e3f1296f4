package entbot.procedures.engine;

import entbot.procedures.ProcedureException;
import entbot.procedures.catalog.ProcedureDefinition;
import entbot.procedures.catalog.StepSpec;
import entbot.procedures.model.School;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a procedure's steps in order inside the caller's transaction and returns the resulting plan.
 * Each step sees the changes of the steps before it (a group created in step 1 can get rights in
 * step 2); the caller decides whether to commit (apply) or roll back (plan).
 */
final class StepRunner {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

  private final Actions actions;

  StepRunner(Actions actions) {
    this.actions = actions;
  }

  Plan run(Connection connection, ProcedureDefinition definition, Map<String, String> params, School school)
      throws SQLException {
    Fingerprint fingerprint = new Fingerprint(definition.id(), params);
    fingerprint.add("school", school.uai());
    StepContext context = new StepContext(connection, school, fingerprint);
    Map<String, String> values = new HashMap<>(params);
    values.put("etablissement", school.name());
    values.put("uai", school.uai().value());
    Map<String, String> blockedSteps = new HashMap<>();
    List<StepResult> results = new ArrayList<>();
    for (StepSpec step : definition.steps()) {
      if (!step.appliesTo(params)) {
        continue;
      }
      String uiPath = resolve(step.uiPath(), values, blockedSteps);
      String explanation = resolve(step.explain(), values, blockedSteps);
      Map<String, String> arguments = new LinkedHashMap<>();
      String missing = null;
      for (Map.Entry<String, String> argument : step.with().entrySet()) {
        String resolved = resolve(argument.getValue(), values, blockedSteps);
        if (resolved == null) {
          missing = dependency(argument.getValue());
        }
        arguments.put(argument.getKey(), resolved);
      }
      StepOutcome outcome = missing != null
          ? StepOutcome.blocked("dépend de l'étape « " + missing + " », qui est bloquée.")
          : runAction(context, step, arguments);
      List<Change> changes = context.takeStepChanges();
      if (outcome.status() == StepStatus.BLOCKED && !changes.isEmpty()) {
        throw new IllegalStateException("action " + step.action() + " wrote before blocking");
      }
      StepStatus status = outcome.status() == StepStatus.CHANGE && changes.isEmpty() ? StepStatus.OK : outcome.status();
      if (status == StepStatus.BLOCKED) {
        blockedSteps.put(step.id(), outcome.detail());
      }
      outcome.outputs().forEach((name, value) -> values.put(step.id() + "." + name, value));
      results.add(new StepResult(step.id(), step.action(), status, outcome.detail(),
          uiPath == null ? step.uiPath() : uiPath, explanation == null ? step.explain() : explanation,
          outcome.isIrreversible() && status == StepStatus.CHANGE, outcome.warningText(), step.delay(), changes));
    }
    return new Plan(definition.id(), definition.title(), params, school.label(), fingerprint.hex(), results);
  }

  private StepOutcome runAction(StepContext context, StepSpec step, Map<String, String> arguments)
      throws SQLException {
    try {
      return actions.get(step.action()).run(context, new Args(step.id(), arguments));
    } catch (ProcedureException e) {
      throw e;
    } catch (RuntimeException e) {
      throw ProcedureException.failure("L'étape « " + step.id() + " » a échoué de façon inattendue : rien n'a été"
          + " modifié (la transaction est annulée).", e);
    }
  }

  /** The text with its references replaced, or null when one names an output a blocked step did not give. */
  private static String resolve(String text, Map<String, String> values, Map<String, String> blockedSteps) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        if (matcher.group(1).contains(".")) {
          return null;
        }
        value = "";
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String dependency(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1).contains(".")) {
        return matcher.group(1).substring(0, matcher.group(1).indexOf('.'));
      }
    }
    return "?";
  }
}
