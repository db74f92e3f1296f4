package entbot.bot.discord;

import entbot.bot.BotException;
import entbot.bot.chat.runtime.BotConfig;
import entbot.bot.chat.runtime.ChatRuntime;

/** Placeholder until the Discord channel lands. */
public final class DiscordChannel {
  private DiscordChannel() {}

  public static void run(ChatRuntime runtime, BotConfig config) {
    throw BotException.failure("Le canal Discord n'est pas encore disponible ; lancez le bot sans "
        + "DISCORD_TOKEN pour la console.", null);
  }
}
