package entbot.procedures.engine;

import entbot.procedures.ProcedureException;
import entbot.procedures.catalog.ParameterBinder;
import entbot.procedures.catalog.ParameterSpec;
import entbot.procedures.catalog.ParameterType;
import entbot.procedures.catalog.ProcedureDefinition;
import entbot.procedures.history.RunLog;
import entbot.procedures.model.School;
import entbot.procedures.store.Directory;
import entbot.procedures.store.EntDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs procedures: validate -> plan -> apply -> record, each a visible stage below. A plan runs the
 * steps in a transaction that is rolled back; apply runs the very same steps in a transaction that
 * is committed only when no step is blocked and the fingerprint still matches, with the run and its
 * changes recorded in the same transaction. So a run is all or nothing, even on a crash.
 */
public final class ProcedureEngine {
  private final EntDatabase database;
  private final StepRunner runner;

  public ProcedureEngine(EntDatabase database, Actions actions) {
    this.database = database;
    this.runner = new StepRunner(actions);
  }

  public Plan plan(ProcedureDefinition definition, Map<String, String> given) {
    Map<String, String> params = ParameterBinder.bind(definition, given);
    return database.inRolledBackTransaction(connection -> planIn(connection, definition, params));
  }

  public RunResult apply(ProcedureDefinition definition, Map<String, String> given, String actor,
      String expectedFingerprint) {
    Map<String, String> params = ParameterBinder.bind(definition, given);
    requireActor(actor);
    return database.inTransaction(connection -> {
      Plan plan = planIn(connection, definition, params);
      if (expectedFingerprint != null && !expectedFingerprint.equals(plan.fingerprint())) {
        throw ProcedureException.badInput("L'ENT a changé depuis ce plan (empreinte " + expectedFingerprint
            + ", maintenant " + plan.fingerprint() + ") : rien n'a été appliqué ; refaites le plan et vérifiez-le.");
      }
      if (plan.blocked()) {
        connection.rollback();
        return new RunResult(null, RunResult.FAILED, definition.id(), plan.fingerprint(),
            "Procédure refusée, rien n'a été modifié : " + plan.blockedReasons(), plan.steps());
      }
      if (!plan.hasChanges()) {
        connection.rollback();
        return new RunResult(null, RunResult.NOTHING_TO_DO, definition.id(), plan.fingerprint(), null, plan.steps());
      }
      long seq = record(connection, definition, params, actor, plan);
      return new RunResult(RunLog.idOf(seq), RunResult.APPLIED, definition.id(), plan.fingerprint(), null, plan.steps());
    });
  }

  /** Validate against the model (school, classes, logins), then run the steps. */
  private Plan planIn(Connection connection, ProcedureDefinition definition, Map<String, String> params)
      throws SQLException {
    Directory directory = new Directory(connection);
    School school = directory.school(params.get("etablissement"));
    validateAgainstModel(directory, school, definition, params);
    return runner.run(connection, definition, params, school);
  }

  private static void validateAgainstModel(Directory directory, School school, ProcedureDefinition definition,
      Map<String, String> params) throws SQLException {
    for (ParameterSpec spec : definition.parameters()) {
      String value = params.get(spec.name());
      if (value == null) {
        continue;
      }
      if (spec.kind() == ParameterType.CLASSE) {
        List<String> classes = directory.classNames(school.uai().value());
        if (!classes.contains(value)) {
          throw ProcedureException.badInput("Classe inconnue : « " + value + " » dans " + school.name()
              + " (classes : " + String.join(", ", classes) + ").");
        }
      }
      if (spec.kind() == ParameterType.LOGIN || spec.kind() == ParameterType.LOGINS) {
        for (String login : value.split("\\s*,\\s*")) {
          if (!directory.userExists(login)) {
            throw ProcedureException.badInput("Utilisateur inconnu : « " + login + " » (paramètre " + spec.name()
                + " ; cherchez-le avec « entbot ent users --name ... »).");
          }
        }
      }
    }
  }

  private static long record(Connection connection, ProcedureDefinition definition, Map<String, String> params,
      String actor, Plan plan) throws SQLException {
    List<Change> changes = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (StepResult step : plan.steps()) {
      for (Change change : step.changes()) {
        changes.add(change);
        steps.add(step.id());
      }
    }
    return new RunLog(connection).record(definition.id(), params, actor, changes, null, steps);
  }

  static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw ProcedureException.badInput("Qui applique la procédure ? L'auteur est obligatoire pour l'historique.");
    }
  }
}
