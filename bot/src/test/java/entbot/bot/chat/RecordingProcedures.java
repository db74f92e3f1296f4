package entbot.bot.chat;

import entbot.procedures.ProcedureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A procedure engine over a pretend model whose fingerprint the test can change (another admin
 * applying something between plan and apply). Records every apply and undo.
 */
public final class RecordingProcedures implements ProcedurePort {
  public String fingerprint = "model-v1";
  public final List<String> applied = new ArrayList<>();
  public final List<String> undone = new ArrayList<>();
  private final List<RunView> runs = new ArrayList<>();

  @Override
  public List<ProcedureSummary> list() {
    return List.of(new ProcedureSummary("aesh-entmip", "Comptes AESH (ENTMIP)",
        List.of("classe", "prenom", "nom", "etablissement")));
  }

  @Override
  public PlanView plan(String procedureId, Map<String, String> params) {
    requireKnown(procedureId);
    if (!params.containsKey("classe")) {
      throw ProcedureException.badInput("Paramètre obligatoire manquant : classe.");
    }
    return new PlanView(procedureId, fingerprint, steps(params));
  }

  @Override
  public RunView apply(String procedureId, Map<String, String> params, String actor,
      String expectedFingerprint) {
    requireKnown(procedureId);
    if (expectedFingerprint != null && !expectedFingerprint.equals(fingerprint)) {
      throw ProcedureException.badInput("Le modèle de l'ENT a changé depuis le plan : refaites le "
          + "plan avant d'appliquer.");
    }
    if ("999".equals(params.get("classe"))) {
      return new RunView(null, procedureId, "failed", actor, null,
          "La classe 999 n'existe pas dans l'établissement.", steps(params));
    }
    String runId = "run-" + (runs.size() + 1);
    applied.add(procedureId + " " + params + " by " + actor + " on " + expectedFingerprint);
    fingerprint = fingerprint + "+";
    RunView run = new RunView(runId, procedureId, "applied", actor, "2026-09-01T10:00:00Z",
        null, steps(params));
    runs.add(0, run);
    return run;
  }

  @Override
  public List<RunView> history() {
    return List.copyOf(runs);
  }

  @Override
  public RunView undo(String runId, String actor) {
    if (runs.stream().noneMatch(r -> r.runId().equals(runId))) {
      throw ProcedureException.badInput("Exécution inconnue : " + runId + ".");
    }
    undone.add(runId + " by " + actor);
    return new RunView(runId, "aesh-entmip", "undone", actor, null, null, List.of());
  }

  @Override
  public List<String> classNames() {
    return List.of("310", "320", "5A");
  }

  private static void requireKnown(String procedureId) {
    if (!"aesh-entmip".equals(procedureId)) {
      throw ProcedureException.badInput("Procédure inconnue : " + procedureId + ".");
    }
  }

  private static List<StepView> steps(Map<String, String> params) {
    return List.of(
        new StepView("account", "Créer le compte de " + params.getOrDefault("prenom", "?"),
            "change", "profil AESH", "Administration > Annuaire > Créer un utilisateur"),
        new StepView("rubrique", "Ajouter à la rubrique Classe " + params.get("classe"), "ok",
            "déjà membre", "Rubriques > Classes > Classe " + params.get("classe")));
  }
}
