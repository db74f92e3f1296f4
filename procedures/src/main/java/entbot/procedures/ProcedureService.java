package entbot.procedures;

import entbot.procedures.catalog.Catalog;
import entbot.procedures.catalog.ProcedureDefinition;
import entbot.procedures.engine.Actions;
import entbot.procedures.engine.Plan;
import entbot.procedures.engine.ProcedureEngine;
import entbot.procedures.engine.RunRecord;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.action.StandardActions;
import entbot.procedures.history.RunLog;
import entbot.procedures.history.Undo;
import entbot.procedures.model.School;
import entbot.procedures.store.Directory;
import entbot.procedures.store.EntDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The procedures facade, for the CLI and the chat: list the bundled procedures, plan one (nothing
 * changes), apply it atomically (optionally only if the state still has the plan's fingerprint),
 * read the history and undo a run.
 */
public final class ProcedureService implements AutoCloseable {
  private final EntDatabase database;
  private final Catalog catalog;
  private final ProcedureEngine engine;

  ProcedureService(EntDatabase database, Catalog catalog, Actions actions) {
    this.database = database;
    this.catalog = catalog;
    this.engine = new ProcedureEngine(database, actions);
  }

  public static ProcedureService open(Path dataDir) {
    Actions actions = new Actions(StandardActions.all());
    return new ProcedureService(EntDatabase.open(dataDir), Catalog.bundled(actions), actions);
  }

  /** For tests: the procedures of {@code folder} instead of the bundled ones. */
  public static ProcedureService open(Path dataDir, Path proceduresFolder) {
    Actions actions = new Actions(StandardActions.all());
    return new ProcedureService(EntDatabase.open(dataDir), Catalog.fromDirectory(proceduresFolder, actions), actions);
  }

  public List<ProcedureInfo> list() {
    return catalog.all().stream()
        .map(p -> new ProcedureInfo(p.id(), p.title(), p.guide(), p.summary(), p.parameters())).toList();
  }

  public ProcedureDefinition definition(String id) {
    return catalog.get(id);
  }

  public Plan plan(String id, Map<String, String> params) {
    return engine.plan(catalog.get(id), params);
  }

  /**
   * Applies the procedure in one transaction. {@code expectedFingerprint} (from a shown plan) makes
   * it refuse when the state changed since; null applies on the current state.
   */
  public RunResult apply(String id, Map<String, String> params, String actor, String expectedFingerprint) {
    return engine.apply(catalog.get(id), params, actor, expectedFingerprint);
  }

  public List<RunRecord> history() {
    return database.inRolledBackTransaction(connection -> new RunLog(connection).history());
  }

  public RunResult undo(String runId, String actor) {
    if (actor == null || actor.isBlank()) {
      throw ProcedureException.badInput("Qui annule ? L'auteur est obligatoire pour l'historique.");
    }
    return database.inTransaction(connection -> Undo.undo(connection, runId, actor));
  }

  /** The classes of every school of the model, sorted and without repeats, for autocompletion. */
  public List<String> classNames() {
    return database.inRolledBackTransaction(connection -> {
      Directory directory = new Directory(connection);
      SortedSet<String> names = new TreeSet<>();
      for (School school : directory.schools()) {
        names.addAll(directory.classNames(school.uai().value()));
      }
      return List.copyOf(names);
    });
  }

  @Override
  public void close() {
    // Connections are opened per unit of work; nothing stays open between calls.
  }
}
