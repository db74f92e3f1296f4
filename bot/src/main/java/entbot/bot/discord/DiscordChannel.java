package entbot.bot.discord;

import entbot.bot.BotException;
import entbot.bot.chat.runtime.BotConfig;
import entbot.bot.chat.runtime.ChatRuntime;
import entbot.bot.reminders.ReminderTicker;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot on Discord until the process is stopped: connects with the token (never logged),
 * registers the slash commands (on {@code ENTBOT_DISCORD_GUILD} at once when set, else globally),
 * posts reminders in {@code ENTBOT_DISCORD_CHANNEL}, and shuts down cleanly on SIGTERM/Ctrl-C.
 * Reconnection after a network loss is left to JDA.
 */
public final class DiscordChannel {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordChannel.class);

  private DiscordChannel() {}

  public static void run(ChatRuntime runtime, BotConfig config) throws InterruptedException {
    String token = config.discordToken().orElseThrow();
    Optional<String> role = config.get(BotConfig.DISCORD_ROLE);
    if (role.isEmpty()) {
      LOG.warn("{} n'est pas défini : personne ne pourra appliquer de procédure ni envoyer de "
          + "ticket depuis Discord.", BotConfig.DISCORD_ROLE);
    }
    // Answers quote what users typed: never let them ping @everyone or a role through the bot.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
      Thread thread = new Thread(r, "entbot-discord-worker");
      thread.setDaemon(true);
      return thread;
    });
    DiscordListener listener = new DiscordListener(runtime.bot(),
        new DiscordUsers(role.orElse(null)),
        new Autocomplete(runtime.bot().procedures(), runtime.reminders()), worker);
    JDA jda;
    try {
      jda = JDABuilder.createLight(token).addEventListeners(listener).build().awaitReady();
    } catch (InvalidTokenException e) {
      throw BotException.badInput("Le jeton Discord (DISCORD_TOKEN) est refusé par Discord.");
    }
    registerCommands(jda, config.get(BotConfig.DISCORD_GUILD));
    ReminderTicker ticker = config.get(BotConfig.DISCORD_CHANNEL)
        .map(id -> new ReminderTicker(runtime.reminders(), new DiscordReminderPoster(
            channelId -> jda.getChannelById(MessageChannel.class, channelId), id)))
        .orElse(null);
    if (ticker == null) {
      LOG.warn("{} n'est pas défini : les rappels ne seront pas publiés sur Discord.",
          BotConfig.DISCORD_CHANNEL);
    } else {
      ticker.start();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Arrêt d'entbot...");
      if (ticker != null) {
        ticker.close();
      }
      jda.shutdown();
      worker.shutdown();
      try {
        if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
          jda.shutdownNow();
        }
        worker.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "entbot-shutdown"));
    LOG.info("entbot est connecté à Discord.");
    jda.awaitShutdown();
  }

  private static void registerCommands(JDA jda, Optional<String> guildId) {
    if (guildId.isPresent()) {
      Guild guild = jda.getGuildById(guildId.get());
      if (guild == null) {
        throw BotException.badInput("Serveur Discord introuvable pour " + BotConfig.DISCORD_GUILD
            + " = " + guildId.get() + ".");
      }
      guild.updateCommands().addCommands(SlashCommands.definitions()).queue();
    } else {
      jda.updateCommands().addCommands(SlashCommands.definitions()).queue();
    }
  }
}
