package entbot.bot.reminders;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ReminderService#run} once at start (catching up what was missed while the bot was
 * down) and then every minute, on one daemon thread. A failed tick is logged and retried on the
 * next one: reminders must never stop the bot.
 */
public final class ReminderTicker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderTicker.class);

  private final ReminderService service;
  private final Consumer<DueReminder> poster;
  private ScheduledExecutorService executor;

  public ReminderTicker(ReminderService service, Consumer<DueReminder> poster) {
    this.service = service;
    this.poster = poster;
  }

  /**
   * Posts what is due now (the catch-up after downtime), synchronously so that it comes before
   * anything else the channel prints, then ticks every minute in the background.
   */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    tick();
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "entbot-reminders");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.MINUTES);
  }

  /** One pass: posts what is due now. Public so tests drive it with a controllable clock. */
  public int tick() {
    try {
      return service.run(service.now(), poster).size();
    } catch (RuntimeException e) {
      LOG.warn("Publication des rappels impossible, nouvel essai dans une minute : {}", e.getMessage());
      return 0;
    }
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
