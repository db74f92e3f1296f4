package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.bot.audit.AuditLog;
import entbot.bot.chat.Flow.TicketFlow;
import entbot.bot.chat.Flow.TicketFlow.Stage;
import entbot.bot.chat.TicketPort.SubmitReport;
import entbot.bot.chat.TicketPort.TicketDraft;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ticket}: drafts one ticket per incident, asks the follow-up questions for what is
 * missing, then shows each draft with Envoyer / Modifier / Annuler. Only authorised users send.
 */
final class TicketHandler {
  private final TicketPort tickets;
  private final Conversations conversations;
  private final AuditLog audit;

  TicketHandler(TicketPort tickets, Conversations conversations, AuditLog audit) {
    this.tickets = tickets;
    this.conversations = conversations;
    this.audit = audit;
  }

  Reply start(String conversation, String report) {
    if (report.isBlank()) {
      throw BotException.badInput("Décrivez le problème après /ticket, par exemple : /ticket "
          + "Une élève de 5A n'a pas accès à Pronote depuis l'ENT, capture jointe.");
    }
    List<TicketDraft> drafts = tickets.draft(report);
    if (drafts.isEmpty()) {
      throw BotException.badInput("Je n'ai reconnu aucun incident dans ce message ; décrivez ce "
          + "qui ne marche pas, pour qui (profil, classe) et depuis quand.");
    }
    TicketDraft first = drafts.get(0);
    TicketFlow flow = new TicketFlow(drafts, 0,
        first.questions().isEmpty() ? Stage.DECIDING : Stage.ANSWERING);
    conversations.put(conversation, flow);
    String intro = drafts.size() == 1 ? "J'ai rédigé 1 ticket.\n"
        : "J'ai rédigé " + drafts.size() + " tickets (un par incident).\n";
    return present(flow, intro);
  }

  Optional<TicketFlow> flow(String conversation) {
    return conversations.get(conversation)
        .filter(TicketFlow.class::isInstance).map(TicketFlow.class::cast);
  }

  /** Free text in the flow: answers to the questions, or the edited ticket. */
  Reply text(String conversation, TicketFlow flow, String text) {
    if (text.isBlank()) {
      throw BotException.badInput("Message vide : répondez aux questions, ou choisissez une action.");
    }
    if (flow.stage() == Stage.EDITING) {
      String[] lines = text.strip().split("\\R", 2);
      String description = lines.length > 1 && !lines[1].isBlank()
          ? lines[1].strip() : flow.current().description();
      return edit(conversation, flow, lines[0].strip(), description);
    }
    TicketDraft amended = tickets.amend(flow.current().id(), text);
    return show(conversation, flow.with(amended, Stage.DECIDING), "Merci, ticket complété.\n");
  }

  Reply edit(String conversation, TicketFlow flow, String title, String description) {
    if (title == null || title.isBlank()) {
      throw BotException.badInput("Le titre du ticket ne peut pas être vide.");
    }
    TicketDraft edited = tickets.edit(flow.current().id(), title, description);
    return show(conversation, flow.with(edited, Stage.DECIDING), "Ticket modifié.\n");
  }

  Reply attach(String conversation, TicketFlow flow, String fileName, byte[] content) {
    TicketDraft attached = tickets.attach(flow.current().id(), fileName, content);
    return show(conversation, flow.with(attached, Stage.DECIDING),
        "Pièce jointe « " + fileName + " » ajoutée.\n");
  }

  Reply click(ChatUser user, String conversation, TicketFlow flow, String actionId) {
    switch (actionId) {
      case Action.TICKET_ANSWER:
        return Reply.of("Écrivez vos réponses aux questions en un seul message.");
      case Action.TICKET_SKIP:
        return show(conversation, flow.at(Stage.DECIDING), "");
      case Action.TICKET_EDIT:
        conversations.put(conversation, flow.at(Stage.EDITING));
        return Reply.of("Envoyez la nouvelle version du ticket : le titre sur la première ligne, "
            + "la description sur les suivantes (titre seul : la description ne change pas).");
      case Action.TICKET_CANCEL:
        tickets.cancel(flow.current().id());
        return advance(conversation, flow, "Ticket abandonné.");
      case Action.TICKET_SEND:
        return send(user, conversation, flow);
      default:
        throw BotException.badInput("Action inconnue pour un ticket : " + actionId + ".");
    }
  }

  private Reply send(ChatUser user, String conversation, TicketFlow flow) {
    if (!user.authorized()) {
      return Reply.error("Vous n'avez pas le rôle requis pour envoyer un ticket au support ; "
          + "demandez à un administrateur de l'équipe de l'envoyer.");
    }
    SubmitReport report = tickets.submit(List.of(flow.current().id()));
    TicketDraft sent = report.tickets().isEmpty() ? flow.current() : report.tickets().get(0);
    audit.record(user.name(), AuditLog.TICKET_SUBMIT, sent.id(), "route=" + sent.route()
        + " statut=" + sent.status() + (sent.remoteId() == null ? "" : " numero=" + sent.remoteId()));
    String outcome = "sent".equals(sent.status())
        ? "Ticket envoyé au support (" + sent.route() + ")"
            + (sent.remoteId() == null ? "." : ", numéro " + sent.remoteId() + ".")
        : "Le support n'a pas pu recevoir le ticket : il reste en attente et sera renvoyé avec "
            + "« ticket retry »." + (report.problem() == null ? "" : " (" + report.problem() + ")");
    return advance(conversation, flow, outcome);
  }

  private Reply advance(String conversation, TicketFlow flow, String outcome) {
    if (!flow.hasNext()) {
      conversations.clear(conversation);
      return Reply.of(outcome);
    }
    TicketFlow next = flow.next();
    conversations.put(conversation, next);
    return present(next, outcome + "\n\n");
  }

  private Reply present(TicketFlow flow, String intro) {
    if (flow.stage() == Stage.ANSWERING) {
      TicketDraft ticket = flow.current();
      StringBuilder text = new StringBuilder(intro).append(header(flow)).append(ticket.title())
          .append("\nAvant de l'envoyer, il me manque :");
      ticket.questions().forEach(q -> text.append("\n- ").append(q));
      text.append("\nRépondez en un message, ou passez pour voir le brouillon tel quel.");
      return Reply.withActions(text.toString(),
          new Action(Action.TICKET_ANSWER, "Répondre", Action.Style.PRIMARY),
          new Action(Action.TICKET_SKIP, "Passer", Action.Style.SECONDARY));
    }
    return draft(flow, intro);
  }

  private Reply show(String conversation, TicketFlow flow, String intro) {
    conversations.put(conversation, flow);
    return draft(flow, intro);
  }

  private Reply draft(TicketFlow flow, String intro) {
    TicketDraft ticket = flow.current();
    StringBuilder text = new StringBuilder(intro).append(header(flow))
        .append("Brouillon (support : ").append(ticket.route()).append(")\n")
        .append(tickets.plainText(ticket).strip());
    if (!ticket.missing().isEmpty()) {
      text.append("\nEncore manquant : ").append(String.join(", ", ticket.missing()))
          .append(" (vous pouvez joindre une capture).");
    }
    return Reply.withActions(text.toString(),
        new Action(Action.TICKET_SEND, "Envoyer", Action.Style.PRIMARY),
        new Action(Action.TICKET_EDIT, "Modifier", Action.Style.SECONDARY),
        new Action(Action.TICKET_CANCEL, "Annuler", Action.Style.DANGER));
  }

  private static String header(TicketFlow flow) {
    return flow.tickets().size() == 1 ? ""
        : "Ticket " + (flow.index() + 1) + "/" + flow.tickets().size() + " : ";
  }
}
