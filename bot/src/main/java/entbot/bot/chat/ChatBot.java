package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.bot.audit.AuditLog;
import entbot.bot.chat.Flow.TicketFlow;
import entbot.bot.chat.TicketPort.TicketDraft;
import entbot.bot.reminders.ReminderService;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat core, shared by every channel and knowing nothing of them: commands ({@link
 * #handle}), clicks on offered actions ({@link #click}), free text continuing a flow ({@link
 * #text}), and the ticket edits a channel may collect in a form. Every entry point is
 * rate-limited per user and turns any failure into a French reply: the bot keeps running.
 */
public final class ChatBot {
  private static final Logger LOG = LoggerFactory.getLogger(ChatBot.class);

  private final RateLimiter rateLimiter;
  private final AskHandler ask;
  private final TicketHandler tickets;
  private final ProcedureHandler procedures;
  private final RemindHandler reminders;
  private final ProcedurePort procedurePort;

  public ChatBot(KnowledgePort knowledge, ProcedurePort procedures, TicketPort tickets,
      ReminderService reminders, AuditLog audit, Conversations conversations,
      RateLimiter rateLimiter) {
    this.rateLimiter = rateLimiter;
    this.ask = new AskHandler(knowledge);
    this.tickets = new TicketHandler(tickets, conversations, audit);
    this.procedures = new ProcedureHandler(procedures, conversations, audit);
    this.reminders = new RemindHandler(reminders);
    this.procedurePort = procedures;
  }

  public Reply handle(ChatUser user, String conversation, Request request) {
    return guarded(user, "/" + request.command(), () -> switch (request.command()) {
      case "ask" -> ask.ask(request.text());
      case "ticket" -> tickets.start(conversation, request.text());
      case "procedure" -> procedures.handle(user, conversation, request);
      case "remind" -> reminders.handle(user, request);
      case "help", "aide" -> Reply.of(HelpText.FULL);
      default -> Reply.error("Commande inconnue « /" + request.command() + " ». "
          + HelpText.SHORT + " Tapez /help pour le détail.");
    });
  }

  /** A click on one of the actions of the last reply in this conversation. */
  public Reply click(ChatUser user, String conversation, String actionId) {
    return guarded(user, actionId, () -> {
      if (actionId.startsWith("ticket:")) {
        return tickets.click(user, conversation, ticketFlow(conversation), actionId);
      }
      if (actionId.startsWith("procedure:") || actionId.startsWith("undo:")) {
        return procedures.click(user, conversation, actionId);
      }
      throw BotException.badInput("Action inconnue : " + actionId + ".");
    });
  }

  /** Free text that is not a command: the answer to the question the bot asked, if any. */
  public Reply text(ChatUser user, String conversation, String text) {
    return guarded(user, "texte", () -> {
      Optional<TicketFlow> flow = tickets.flow(conversation)
          .filter(f -> f.stage() != TicketFlow.Stage.DECIDING);
      if (flow.isEmpty()) {
        return Reply.error("Je n'attends pas de réponse ici. " + HelpText.SHORT
            + " Tapez /help pour le détail.");
      }
      return tickets.text(conversation, flow.get(), text);
    });
  }

  /** The edited title and description of the ticket being drafted (a channel's edit form). */
  public Reply editTicket(ChatUser user, String conversation, String title, String description) {
    return guarded(user, "ticket:edit", () ->
        tickets.edit(conversation, ticketFlow(conversation), title, description));
  }

  /** A file (screenshot) for the ticket being drafted. */
  public Reply attachToTicket(ChatUser user, String conversation, String fileName, byte[] content) {
    return guarded(user, "ticket:attach", () ->
        tickets.attach(conversation, ticketFlow(conversation), fileName, content));
  }

  /** The ticket this conversation is drafting, as last shown (for a channel's edit form). */
  public Optional<TicketDraft> currentTicket(String conversation) {
    return tickets.flow(conversation).map(TicketFlow::current);
  }

  /** The procedure engine behind the chat, for channels that offer autocomplete. */
  public ProcedurePort procedures() {
    return procedurePort;
  }

  private TicketFlow ticketFlow(String conversation) {
    return tickets.flow(conversation).orElseThrow(() -> BotException.badInput(
        "Aucun ticket en cours de rédaction : commencez par /ticket DESCRIPTION."));
  }

  private Reply guarded(ChatUser user, String what, Supplier<Reply> work) {
    if (!rateLimiter.tryAcquire(user.id())) {
      return Reply.error("Trop de demandes d'affilée : attendez un peu avant de recommencer ("
          + rateLimiter.limit() + " par " + rateLimiter.window().toSeconds() + " s au plus).");
    }
    try {
      return work.get();
    } catch (RuntimeException e) {
      if (!Failures.isExplained(e)) {
        // The class and command only: exception messages may quote what the user typed.
        LOG.warn("Échec inattendu de {} ({})", what, e.getClass().getName());
        LOG.debug("Détail de l'échec", e);
      }
      return Reply.error(Failures.message(e));
    }
  }
}
