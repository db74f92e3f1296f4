package entbot.bot.discord;

import entbot.bot.chat.Action;
import entbot.bot.chat.Reply;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;

/**
 * Sends a chat {@link Reply} on Discord: split within 2,000 characters, the actions as buttons
 * under the last part, and errors ephemeral (seen only by the user who asked).
 */
final class DiscordReplies {
  /** Button ids carry this prefix so that the bot ignores other bots' buttons. */
  static final String BUTTON_PREFIX = "entbot:";

  private DiscordReplies() {}

  /** Answers at once (fast commands). */
  static void reply(IReplyCallback event, Reply reply) {
    List<String> parts = MessageSplitter.split(reply.text(), MessageSplitter.DISCORD_LIMIT);
    ReplyCallbackAction first = event.reply(parts.get(0)).setEphemeral(reply.error());
    if (parts.size() == 1 && !reply.actions().isEmpty()) {
      first = first.addComponents(buttons(reply.actions()));
    }
    first.queue();
    if (parts.size() > 1) {
      sendRest(event.getHook(), reply, parts);
    }
  }

  /**
   * Answers after {@code deferReply()} (slow work), from a worker thread. The first follow-up
   * replaces the "thinking" message and cannot change its visibility, so an error first deletes
   * it and then comes as a new ephemeral message.
   */
  static void followUp(InteractionHook hook, Reply reply) {
    List<String> parts = MessageSplitter.split(reply.text(), MessageSplitter.DISCORD_LIMIT);
    if (reply.error()) {
      hook.deleteOriginal().complete();
    }
    for (int i = 0; i < parts.size(); i++) {
      send(hook, reply, parts.get(i), i == parts.size() - 1).complete();
    }
  }

  private static void sendRest(InteractionHook hook, Reply reply, List<String> parts) {
    for (int i = 1; i < parts.size(); i++) {
      send(hook, reply, parts.get(i), i == parts.size() - 1).queue();
    }
  }

  private static WebhookMessageCreateAction<?> send(InteractionHook hook, Reply reply, String part,
      boolean last) {
    WebhookMessageCreateAction<?> action = hook.sendMessage(part).setEphemeral(reply.error());
    if (last && !reply.actions().isEmpty()) {
      action = action.addComponents(buttons(reply.actions()));
    }
    return action;
  }

  static ActionRow buttons(List<Action> actions) {
    return ActionRow.of(actions.stream().map(a -> Button.of(style(a.style()),
        BUTTON_PREFIX + a.id(), a.label())).toList());
  }

  private static ButtonStyle style(Action.Style style) {
    return switch (style) {
      case PRIMARY -> ButtonStyle.PRIMARY;
      case SECONDARY -> ButtonStyle.SECONDARY;
      case DANGER -> ButtonStyle.DANGER;
    };
  }
}
