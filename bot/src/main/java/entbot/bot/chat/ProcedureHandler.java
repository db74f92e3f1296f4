package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.bot.audit.AuditLog;
import entbot.bot.chat.Flow.PlanFlow;
import entbot.bot.chat.Flow.UndoFlow;
import entbot.bot.chat.ProcedurePort.PlanView;
import entbot.bot.chat.ProcedurePort.ProcedureSummary;
import entbot.bot.chat.ProcedurePort.RunView;
import entbot.bot.chat.ProcedurePort.StepView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /procedure}: list, plan (shown with its steps and click paths), apply after confirmation
 * on the model the plan was computed on, history, undo after confirmation. Applying and undoing
 * are for authorised users only, and audited.
 */
final class ProcedureHandler {
  static final String USAGE = "Usage : /procedure list | plan ID cle=valeur... | apply | history "
      + "| undo RUN. Exemple : /procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin";
  private static final int HISTORY_SHOWN = 10;

  private final ProcedurePort procedures;
  private final Conversations conversations;
  private final AuditLog audit;

  ProcedureHandler(ProcedurePort procedures, Conversations conversations, AuditLog audit) {
    this.procedures = procedures;
    this.conversations = conversations;
    this.audit = audit;
  }

  Reply handle(ChatUser user, String conversation, Request request) {
    String sub = request.arg(0);
    if (sub == null) {
      throw BotException.badInput(USAGE);
    }
    switch (sub) {
      case "list":
        return list();
      case "plan":
        return plan(conversation, request);
      case "apply":
        return apply(user, conversation);
      case "history":
        return history();
      case "undo":
        return askUndo(conversation, request.arg(1));
      default:
        throw BotException.badInput("Sous-commande inconnue « " + sub + " ». " + USAGE);
    }
  }

  Reply click(ChatUser user, String conversation, String actionId) {
    switch (actionId) {
      case Action.PROCEDURE_APPLY:
        return apply(user, conversation);
      case Action.UNDO_CONFIRM:
        return undo(user, conversation);
      case Action.PROCEDURE_CANCEL:
      case Action.UNDO_CANCEL:
        conversations.clear(conversation);
        return Reply.of("D'accord, rien n'a été changé.");
      default:
        throw BotException.badInput("Action inconnue pour une procédure : " + actionId + ".");
    }
  }

  private Reply list() {
    List<ProcedureSummary> all = procedures.list();
    if (all.isEmpty()) {
      return Reply.of("Aucune procédure disponible.");
    }
    StringBuilder text = new StringBuilder("Procédures disponibles :");
    for (ProcedureSummary p : all) {
      text.append("\n- ").append(p.id()).append(" — ").append(p.title());
      if (!p.parameters().isEmpty()) {
        text.append(" (paramètres : ").append(String.join(", ", p.parameters())).append(")");
      }
    }
    return Reply.of(text.append("\nPour voir ce qui changerait : /procedure plan ID cle=valeur...")
        .toString());
  }

  private Reply plan(String conversation, Request request) {
    String id = request.arg(1);
    if (id == null) {
      throw BotException.badInput("Précisez la procédure. " + USAGE);
    }
    Map<String, String> params = params(request.args().subList(2, request.args().size()));
    PlanView plan = procedures.plan(id, params);
    StringBuilder text = new StringBuilder("Plan de « " + id + " » :");
    appendSteps(text, plan.steps());
    if (plan.blocked()) {
      conversations.clear(conversation);
      return Reply.of(text.append("\nUne étape est bloquée : rien ne peut être appliqué. Corrigez "
          + "la cause indiquée puis refaites le plan.").toString());
    }
    if (!plan.changesSomething()) {
      conversations.clear(conversation);
      return Reply.of(text.append("\nTout est déjà en place : rien à appliquer.").toString());
    }
    conversations.put(conversation, new PlanFlow(id, params, plan.fingerprint()));
    return Reply.withActions(text.append("\nAppliquer ce plan ?").toString(),
        new Action(Action.PROCEDURE_APPLY, "Appliquer", Action.Style.PRIMARY),
        new Action(Action.PROCEDURE_CANCEL, "Annuler", Action.Style.SECONDARY));
  }

  private Reply apply(ChatUser user, String conversation) {
    PlanFlow plan = conversations.get(conversation)
        .filter(PlanFlow.class::isInstance).map(PlanFlow.class::cast)
        .orElseThrow(() -> BotException.badInput("Aucun plan en attente de confirmation : "
            + "affichez d'abord le plan avec /procedure plan ID cle=valeur..."));
    if (!user.authorized()) {
      return Reply.error("Vous n'avez pas le rôle requis pour appliquer une procédure ; demandez "
          + "à un administrateur de l'équipe.");
    }
    // The plan is consumed whatever happens: a refused (stale) plan must be computed again.
    conversations.clear(conversation);
    RunView run = procedures.apply(plan.procedureId(), plan.params(), user.name(),
        plan.fingerprint());
    audit.record(user.name(), AuditLog.PROCEDURE_APPLY, plan.procedureId(),
        "execution=" + run.runId() + " statut=" + run.status() + " etapes=" + run.steps().size());
    StringBuilder text = new StringBuilder(switch (String.valueOf(run.status())) {
      case "applied" -> "Procédure appliquée (exécution " + run.runId() + ").";
      case "nothing-to-do" -> "Rien à faire : tout était déjà en place.";
      default -> "La procédure n'a pas été appliquée (statut " + run.status() + ") ; rien n'a changé."
          + (run.reason() == null ? "" : " " + run.reason());
    });
    if ("applied".equals(run.status())) {
      text.append("\nÀ reproduire dans le vrai ENT :");
      run.steps().stream().filter(s -> "change".equals(s.status())).forEach(s -> {
        text.append("\n- ").append(s.detail() == null || s.detail().isBlank() ? s.action()
            : s.detail());
        if (s.uiPath() != null && !s.uiPath().isBlank()) {
          text.append("\n  Dans l'ENT : ").append(s.uiPath());
        }
      });
      text.append("\nPour revenir en arrière : /procedure undo ").append(run.runId());
    } else {
      appendSteps(text, run.steps());
    }
    return Reply.of(text.toString());
  }

  private Reply history() {
    List<RunView> runs = procedures.history();
    if (runs.isEmpty()) {
      return Reply.of("Aucune procédure exécutée pour l'instant.");
    }
    StringBuilder text = new StringBuilder("Dernières exécutions :");
    runs.stream().limit(HISTORY_SHOWN).forEach(run -> text.append("\n- ").append(run.runId())
        .append(" ").append(run.procedureId()).append(" : ").append(run.status())
        .append(run.at() == null ? "" : ", " + run.at())
        .append(run.actor() == null ? "" : ", par " + run.actor()));
    return Reply.of(text.toString());
  }

  private Reply askUndo(String conversation, String runId) {
    if (runId == null) {
      throw BotException.badInput("Précisez l'exécution à annuler : /procedure undo RUN "
          + "(voir /procedure history).");
    }
    conversations.put(conversation, new UndoFlow(runId));
    return Reply.withActions("Annuler l'exécution " + runId + " et remettre le modèle de l'ENT "
        + "dans son état d'avant ?",
        new Action(Action.UNDO_CONFIRM, "Confirmer l'annulation", Action.Style.DANGER),
        new Action(Action.UNDO_CANCEL, "Garder", Action.Style.SECONDARY));
  }

  private Reply undo(ChatUser user, String conversation) {
    UndoFlow undo = conversations.get(conversation)
        .filter(UndoFlow.class::isInstance).map(UndoFlow.class::cast)
        .orElseThrow(() -> BotException.badInput("Aucune annulation en attente : "
            + "/procedure undo RUN."));
    if (!user.authorized()) {
      return Reply.error("Vous n'avez pas le rôle requis pour annuler une procédure ; demandez à un "
          + "administrateur de l'équipe.");
    }
    conversations.clear(conversation);
    RunView run = procedures.undo(undo.runId(), user.name());
    audit.record(user.name(), AuditLog.PROCEDURE_UNDO, undo.runId(),
        "execution=" + run.runId() + " statut=" + run.status());
    return Reply.of("Exécution " + undo.runId() + " annulée (statut " + run.status() + ").");
  }

  /** {@code key=value} words; a word without {@code =} or an empty key is bad input. */
  static Map<String, String> params(List<String> words) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq <= 0) {
        throw BotException.badInput("Paramètre « " + word + " » mal écrit : attendu cle=valeur, "
            + "par exemple classe=310 (guillemets si la valeur contient des espaces).");
      }
      params.put(word.substring(0, eq).strip(), word.substring(eq + 1).strip());
    }
    return params;
  }

  private static void appendSteps(StringBuilder text, List<StepView> steps) {
    for (StepView step : steps) {
      text.append("\n- [").append(label(step.status())).append("] ").append(step.action());
      if (step.detail() != null && !step.detail().isBlank()) {
        text.append(" — ").append(step.detail());
      }
      if (step.uiPath() != null && !step.uiPath().isBlank()) {
        text.append("\n  Dans l'ENT : ").append(step.uiPath());
      }
    }
  }

  private static String label(String status) {
    return switch (String.valueOf(status)) {
      case "change" -> "à faire";
      case "ok" -> "déjà fait";
      case "blocked" -> "bloqué";
      default -> status;
    };
  }
}
