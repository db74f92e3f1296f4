package entbot.procedures.history;

import entbot.procedures.ProcedureException;
import entbot.procedures.engine.Change;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import entbot.procedures.store.EntityStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reverses a run inside the caller's transaction: each recorded entity goes back to its
 * before-state, last change first. Refused (nothing changed) when the run was already undone, when
 * later runs still in effect changed the same entities (they are named), or when an entity is no
 * longer in the state the run left it in (changed outside procedures, e.g. by an import).
 */
public final class Undo {
  private Undo() {}

  public static RunResult undo(Connection connection, String runId, String actor) throws SQLException {
    RunLog log = new RunLog(connection);
    long seq = RunLog.seqOf(runId);
    RunLog.Row run = log.find(seq);
    if (run.undoneBy() != null) {
      throw ProcedureException.badInput("L'exécution " + RunLog.idOf(seq) + " a déjà été annulée par "
          + RunLog.idOf(run.undoneBy()) + ".");
    }
    if (run.undoOf() != null) {
      throw ProcedureException.badInput("L'exécution " + RunLog.idOf(seq) + " est elle-même une annulation : pour"
          + " revenir à l'état d'avant, relancez la procédure " + run.procedure() + ".");
    }
    List<Change> changes = log.changes(seq);
    List<String> later = log.laterRunsTouching(seq, changes);
    if (!later.isEmpty()) {
      throw ProcedureException.badInput("Impossible d'annuler " + RunLog.idOf(seq) + " : des exécutions plus récentes"
          + " ont modifié les mêmes éléments : " + String.join(", ", later) + ". Annulez-les d'abord.");
    }
    List<Change> reversed = new ArrayList<>();
    List<Change> ordered = new ArrayList<>(changes);
    Collections.reverse(ordered);
    for (Change change : ordered) {
      Map<String, String> current = EntityStore.read(connection, change.ref());
      if (!Objects.equals(current, change.after())) {
        throw ProcedureException.badInput("Impossible d'annuler " + RunLog.idOf(seq) + " : " + change.entity() + " « "
            + change.key() + " » a été modifié depuis, hors procédure. Rien n'a été changé.");
      }
      EntityStore.write(connection, change.ref(), change.before());
      reversed.add(new Change(change.ref(), change.after(), change.before()));
    }
    List<String> steps = reversed.stream().map(c -> "undo").toList();
    List<String> accounts = reversed.stream()
        .filter(c -> c.ref().kind() == entbot.procedures.store.EntityKind.USER && c.after() == null)
        .map(Change::key).toList();
    String warning = accounts.isEmpty() ? null : "compte(s) retiré(s) du modèle mais créé(s) dans l'ENT réel : "
        + String.join(", ", accounts) + " ; l'ENT ne sait pas supprimer ni fusionner un compte sans risque :"
        + " désactivez-le plutôt (compte non pérenne) et gardez-le pour le jour où la personne revient.";
    long undoSeq = log.record(run.procedure(), Map.of("annule", RunLog.idOf(seq)), actor, reversed, seq, steps);
    StepResult step = new StepResult("undo", "undo", StepStatus.CHANGE, "annulation de " + RunLog.idOf(seq) + " ("
        + run.procedure() + ") : " + reversed.size() + " élément(s) remis dans leur état d'avant.",
        "Refaire à la main dans l'ENT les étapes inverses ; un compte créé dans l'ENT réel ne peut pas être supprimé"
            + " sans risque.", "", false, warning, null, reversed);
    return new RunResult(RunLog.idOf(undoSeq), RunResult.APPLIED, run.procedure(), null, null, List.of(step));
  }
}
