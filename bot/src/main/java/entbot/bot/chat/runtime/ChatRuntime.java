package entbot.bot.chat.runtime;

import entbot.bot.audit.AuditLog;
import entbot.bot.chat.ChatBot;
import entbot.bot.chat.Conversations;
import entbot.bot.chat.KnowledgePort;
import entbot.bot.chat.ProcedurePort;
import entbot.bot.chat.RateLimiter;
import entbot.bot.chat.TicketPort;
import entbot.bot.reminders.ReminderService;
import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot's parts for one data folder: the features behind the chat's ports, reminders,
 * audit log and the chat core. Closing it closes the features it opened.
 */
public final class ChatRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChatRuntime.class);

  private final ChatBot bot;
  private final ReminderService reminders;
  private final List<AutoCloseable> opened;

  private ChatRuntime(ChatBot bot, ReminderService reminders, List<AutoCloseable> opened) {
    this.bot = bot;
    this.reminders = reminders;
    this.opened = opened;
  }

  public static ChatRuntime open(Path dataDir, BotConfig config, Clock clock) {
    List<AutoCloseable> opened = new ArrayList<>();
    KnowledgePort knowledge = Features.knowledge(dataDir, opened);
    ProcedurePort procedures = Features.procedures(dataDir, opened);
    TicketPort tickets = Features.tickets(dataDir, opened);
    ReminderService reminders = ReminderService.open(dataDir, clock, config.reminderGrace());
    AuditLog audit = new AuditLog(BotDatabase.open(dataDir), clock);
    ChatBot bot = new ChatBot(knowledge, procedures, tickets, reminders, audit,
        new Conversations(clock, config.flowTimeout()),
        new RateLimiter(config.rateLimitPerMinute(), Duration.ofMinutes(1), clock));
    return new ChatRuntime(bot, reminders, opened);
  }

  public ChatBot bot() {
    return bot;
  }

  public ReminderService reminders() {
    return reminders;
  }

  @Override
  public void close() {
    for (AutoCloseable closeable : opened) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("Fermeture incomplète de {} : {}", closeable.getClass().getSimpleName(),
            e.getClass().getSimpleName());
      }
    }
  }
}
