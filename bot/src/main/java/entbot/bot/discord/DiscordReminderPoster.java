package entbot.bot.discord;

import entbot.bot.BotException;
import entbot.bot.reminders.DueReminder;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Posts a due reminder in the team channel, split within Discord's limit. Waits for Discord to
 * accept each part (it runs on the reminder thread), so a failure leaves the post unrecorded and
 * the next tick tries again.
 */
final class DiscordReminderPoster implements Consumer<DueReminder> {
  private final Function<String, MessageChannel> channels;
  private final String channelId;

  DiscordReminderPoster(Function<String, MessageChannel> channels, String channelId) {
    this.channels = channels;
    this.channelId = channelId;
  }

  @Override
  public void accept(DueReminder reminder) {
    MessageChannel channel = channels.apply(channelId);
    if (channel == null) {
      throw BotException.failure("Canal Discord des rappels introuvable : " + channelId + ".", null);
    }
    for (String part : MessageSplitter.split(reminder.text(), MessageSplitter.DISCORD_LIMIT)) {
      channel.sendMessage(part).complete();
    }
  }
}
