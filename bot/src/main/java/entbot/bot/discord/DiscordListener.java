package entbot.bot.discord;

import entbot.bot.BotException;
import entbot.bot.chat.Action;
import entbot.bot.chat.ChatBot;
import entbot.bot.chat.ChatUser;
import entbot.bot.chat.Reply;
import entbot.bot.chat.Request;
import entbot.bot.chat.TicketPort.TicketDraft;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts Discord interactions to the chat core. Slow work (answers, drafts, plans, applying)
 * is deferred and done on the worker, never on JDA's event thread; anything that goes wrong
 * answers the user in French and the listener keeps serving.
 */
final class DiscordListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
  /** Screenshots above this size are refused rather than loaded in memory. */
  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

  private final ChatBot bot;
  private final DiscordUsers users;
  private final Autocomplete autocomplete;
  private final Executor worker;

  DiscordListener(ChatBot bot, DiscordUsers users, Autocomplete autocomplete, Executor worker) {
    this.bot = bot;
    this.users = users;
    this.autocomplete = autocomplete;
    this.worker = worker;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    ChatUser user = users.from(event);
    String conversation = DiscordUsers.conversation(event);
    Request request;
    try {
      request = SlashCommands.toRequest(event);
    } catch (BotException e) {
      DiscordReplies.reply(event, Reply.error(e.getMessage()));
      return;
    }
    if (SlashCommands.isSlow(request)) {
      deferred(event, () -> bot.handle(user, conversation, request));
    } else {
      DiscordReplies.reply(event, bot.handle(user, conversation, request));
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    try {
      OptionMapping procedure = event.getOption("procedure");
      event.replyChoices(autocomplete.choices(event.getName(), event.getSubcommandName(),
          event.getFocusedOption().getName(), event.getFocusedOption().getValue(),
          procedure == null ? null : procedure.getAsString())).queue();
    } catch (RuntimeException e) {
      // Suggestions are a comfort: without them the user can still type the value.
      LOG.debug("Suggestions indisponibles ({})", e.getClass().getSimpleName());
      event.replyChoices(List.of()).queue();
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (!id.startsWith(DiscordReplies.BUTTON_PREFIX)) {
      return;
    }
    String actionId = id.substring(DiscordReplies.BUTTON_PREFIX.length());
    ChatUser user = users.from(event);
    String conversation = DiscordUsers.conversation(event);
    if (Action.TICKET_EDIT.equals(actionId) || Action.TICKET_ANSWER.equals(actionId)) {
      Optional<TicketDraft> draft = bot.currentTicket(conversation);
      if (draft.isEmpty()) {
        DiscordReplies.reply(event, Reply.error("Aucun ticket en cours de rédaction pour vous "
            + "ici : commencez par /ticket."));
        return;
      }
      event.replyModal(Action.TICKET_EDIT.equals(actionId)
          ? TicketModals.edit(draft.get()) : TicketModals.answer(draft.get())).queue();
      return;
    }
    deferred(event, () -> bot.click(user, conversation, actionId));
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    ChatUser user = users.from(event);
    String conversation = DiscordUsers.conversation(event);
    switch (event.getModalId()) {
      case TicketModals.ANSWER_ID -> deferred(event,
          () -> bot.text(user, conversation, value(event, TicketModals.ANSWERS)));
      case TicketModals.EDIT_ID -> deferred(event, () -> edit(event, user, conversation));
      default -> { }
    }
  }

  private Reply edit(ModalInteractionEvent event, ChatUser user, String conversation) {
    ModalMapping uploads = event.getValue(TicketModals.SCREENSHOT);
    List<Message.Attachment> files = uploads == null ? List.of() : uploads.getAsAttachmentList();
    for (Message.Attachment file : files) {
      Reply attached = bot.attachToTicket(user, conversation, file.getFileName(), download(file));
      if (attached.error()) {
        return attached;
      }
    }
    return bot.editTicket(user, conversation, value(event, TicketModals.TITLE),
        value(event, TicketModals.DESCRIPTION));
  }

  private static byte[] download(Message.Attachment file) {
    if (file.getSize() > MAX_ATTACHMENT_BYTES) {
      throw BotException.badInput("La pièce jointe « " + file.getFileName() + " » dépasse 10 Mo.");
    }
    try (InputStream in = file.getProxy().download().get(30, TimeUnit.SECONDS)) {
      return in.readAllBytes();
    } catch (IOException | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      throw BotException.failure("Téléchargement de « " + file.getFileName() + " » impossible.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BotException.failure("Téléchargement interrompu.", e);
    }
  }

  private static String value(ModalInteractionEvent event, String id) {
    ModalMapping mapping = event.getValue(id);
    return mapping == null ? "" : mapping.getAsString();
  }

  /** Acknowledges now ("entbot réfléchit..."), works on the worker, then answers. */
  private void deferred(IReplyCallback event, Supplier<Reply> work) {
    event.deferReply().queue();
    InteractionHook hook = event.getHook();
    worker.execute(() -> {
      Reply reply;
      try {
        reply = work.get();
      } catch (BotException e) {
        reply = Reply.error(e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("Échec inattendu d'une interaction Discord ({})", e.getClass().getName());
        reply = Reply.error("Une erreur inattendue est survenue ; rien n'a été changé.");
      }
      try {
        DiscordReplies.followUp(hook, reply);
      } catch (RuntimeException e) {
        LOG.warn("Réponse Discord impossible ({})", e.getClass().getSimpleName());
      }
    });
  }
}
