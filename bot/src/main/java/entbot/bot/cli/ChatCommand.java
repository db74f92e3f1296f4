package entbot.bot.cli;

import entbot.bot.chat.ChatUser;
import entbot.bot.chat.runtime.BotConfig;
import entbot.bot.chat.runtime.ChatRuntime;
import entbot.bot.console.ConsoleChannel;
import entbot.bot.discord.DiscordChannel;
import entbot.bot.reminders.ReminderTicker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code chat} (and {@code ./entbot} alone): starts the bot on Discord when a token is configured,
 * otherwise in the console, reading stdin until its end.
 */
@Command(name = "chat", description = "Lance le bot : sur Discord si DISCORD_TOKEN est défini, "
    + "sinon dans la console (mêmes commandes : /ask, /ticket, /procedure, /remind, /help).")
final class ChatCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() throws Exception {
    BotConfig config = BotConfig.load(common.dataDir(), System.getenv());
    try (ChatRuntime runtime = ChatRuntime.open(common.dataDir(), config, Clock.systemUTC())) {
      if (config.discordToken().isPresent()) {
        DiscordChannel.run(runtime, config);
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      ConsoleChannel console = new ConsoleChannel(runtime.bot(), consoleUser(), in, common.out(),
          System.console() != null);
      try (ReminderTicker ticker = new ReminderTicker(runtime.reminders(), console::post)) {
        console.greet();
        ticker.start();
        console.run();
      }
      return 0;
    }
  }

  /** The person at the terminal runs the bot on their own data: they hold every right. */
  private static ChatUser consoleUser() {
    String name = System.getProperty("user.name", "console");
    return new ChatUser("console", name, true);
  }
}
