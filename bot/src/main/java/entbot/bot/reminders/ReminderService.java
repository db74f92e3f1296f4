package entbot.bot.reminders;

import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reminders of one data folder: the calendar ({@link CalendarFile}) plus custom reminders,
 * what is due at a moment, and posting with a record of each post.
 *
 * <p>Due means: the latest occurrence of a reminder at or before the moment, no older than the
 * grace window, and not posted yet. So a restart never posts twice, a post missed while the bot
 * was down is made once at start (if it is recent enough), and older misses are dropped rather
 * than flooding the channel with last year's calendar.
 */
public final class ReminderService {
  public static final Duration DEFAULT_GRACE = Duration.ofDays(7);
  public static final String GRACE_ENV = "ENTBOT_REMINDER_GRACE_DAYS";

  private final List<Reminder> calendar;
  private final ReminderStore store;
  private final Clock clock;
  private final Duration grace;

  ReminderService(List<Reminder> calendar, ReminderStore store, Clock clock, Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
    this.calendar = List.copyOf(calendar);
    this.store = store;
    this.clock = clock;
    this.grace = grace;
  }

  /** Opens the reminders of {@code dataDir} with the grace window of the environment. */
  public static ReminderService open(Path dataDir, Clock clock) {
    return open(dataDir, clock, graceFromEnvironment(System.getenv(GRACE_ENV)));
  }

  public static ReminderService open(Path dataDir, Clock clock, Duration grace) {
    return new ReminderService(CalendarFile.load(dataDir),
        new ReminderStore(BotDatabase.open(dataDir)), clock, grace);
  }

  /** Reads {@value #GRACE_ENV} (whole days, 0 or more); unset means {@link #DEFAULT_GRACE}. */
  public static Duration graceFromEnvironment(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_GRACE;
    }
    try {
      int days = Integer.parseInt(value.trim());
      if (days >= 0) {
        return Duration.ofDays(days);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BotException.badInput(GRACE_ENV + " doit être un nombre de jours (0 ou plus), pas « "
        + value + " ».");
  }

  public Instant now() {
    return clock.instant();
  }

  public Duration grace() {
    return grace;
  }

  /** Calendar reminders first, in file order, then custom ones in creation order. */
  public List<Reminder> reminders() {
    List<Reminder> all = new ArrayList<>(calendar);
    all.addAll(store.customReminders());
    return all;
  }

  /** Every reminder with its next occurrence after now, soonest first. */
  public List<ScheduledReminder> list() {
    Instant now = now();
    return reminders().stream()
        .map(r -> new ScheduledReminder(r, r.schedule().next(now).orElse(null)))
        .sorted(Comparator.comparing(ScheduledReminder::next,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** What would be posted at {@code at}, given what was already posted; changes nothing. */
  public List<DueReminder> due(Instant at) {
    List<DueReminder> due = new ArrayList<>();
    for (Reminder reminder : reminders()) {
      latestWithinGrace(reminder, at)
          .filter(when -> !store.wasPosted(reminder.id(), when.toInstant()))
          .ifPresent(when -> due.add(new DueReminder(reminder, when)));
    }
    due.sort(Comparator.comparing(DueReminder::scheduledAt));
    return due;
  }

  /**
   * Posts what is due at {@code at} through {@code poster} and records each post; returns what was
   * posted. An occurrence another process posted meanwhile is skipped. A poster failure stops the
   * run and leaves that occurrence unrecorded, so the next run tries it again.
   */
  public List<DueReminder> run(Instant at, Consumer<DueReminder> poster) {
    List<DueReminder> posted = new ArrayList<>();
    for (DueReminder due : due(at)) {
      if (store.recordAndPost(due.id(), due.scheduledAt().toInstant(), now(),
          () -> poster.accept(due))) {
        posted.add(due);
      }
    }
    return posted;
  }

  /** Adds a custom reminder; a bad id or schedule, or a taken id, is bad input. */
  public Reminder add(String id, String schedule, String text, String title) {
    Reminder.requireValidId(id);
    Schedule parsed = Schedule.parse(schedule);
    if (parsed.next(now()).isEmpty()) {
      throw BotException.badInput("La planification « " + schedule + " » ne se déclenche jamais "
          + "(par exemple un 31 février) : choisissez une date qui existe.");
    }
    if (text == null || text.isBlank()) {
      throw BotException.badInput("Le texte du rappel est vide.");
    }
    String effectiveTitle = title == null || title.isBlank() ? titleFrom(text) : title;
    Reminder reminder = new Reminder(id, effectiveTitle, parsed, text, null, null, true);
    if (calendar.stream().anyMatch(r -> r.id().equals(id)) || !store.insert(reminder, now())) {
      throw BotException.badInput("Un rappel « " + id + " » existe déjà ; choisissez un autre "
          + "identifiant (voir « remind list »).");
    }
    return reminder;
  }

  /** Removes a custom reminder; calendar reminders are edited in the calendar file instead. */
  public void remove(String id) {
    if (calendar.stream().anyMatch(r -> r.id().equals(id))) {
      throw BotException.badInput("Le rappel « " + id + " » vient du calendrier ; pour le retirer, "
          + "modifiez le fichier " + CalendarFile.FILE_NAME + " (copie dans le dossier de données).");
    }
    if (!store.delete(id)) {
      throw BotException.badInput("Aucun rappel personnalisé « " + id + " » (voir « remind list »).");
    }
  }

  private Optional<ZonedDateTime> latestWithinGrace(Reminder reminder, Instant at) {
    Instant oldest = at.minus(grace);
    return reminder.schedule().latest(at).filter(when -> !when.toInstant().isBefore(oldest));
  }

  private static String titleFrom(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
