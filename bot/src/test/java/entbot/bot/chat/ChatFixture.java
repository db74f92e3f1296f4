package entbot.bot.chat;

import entbot.bot.audit.AuditLog;
import entbot.bot.reminders.MutableClock;
import entbot.bot.reminders.ReminderService;
import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A chat core over recording fakes, a real bot database and a controllable clock. */
public final class ChatFixture {
  public static final ChatUser ADMIN = new ChatUser("u1", "Mme Admin", true);
  public static final ChatUser TEACHER = new ChatUser("u2", "M. Prof", false);

  public final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
  public final RecordingKnowledge knowledge = new RecordingKnowledge();
  public final RecordingProcedures procedures = new RecordingProcedures();
  public final RecordingTickets tickets = new RecordingTickets();
  public final AuditLog audit;
  public final ReminderService reminders;
  public final ChatBot bot;

  public ChatFixture(Path dataDir) {
    this(dataDir, 100);
  }

  public ChatFixture(Path dataDir, int rateLimit) {
    BotDatabase database = BotDatabase.open(dataDir);
    audit = new AuditLog(database, clock);
    reminders = ReminderService.open(dataDir, clock, Duration.ofDays(7));
    bot = new ChatBot(knowledge, procedures, tickets, reminders, audit,
        new Conversations(clock, Duration.ofMinutes(30)),
        new RateLimiter(rateLimit, Duration.ofMinutes(1), clock));
  }

  public Reply say(ChatUser user, String line) {
    return bot.handle(user, "conv-" + user.id(), Request.parse(line));
  }

  public Reply click(ChatUser user, String actionId) {
    return bot.click(user, "conv-" + user.id(), actionId);
  }

  public Reply text(ChatUser user, String text) {
    return bot.text(user, "conv-" + user.id(), text);
  }
}
