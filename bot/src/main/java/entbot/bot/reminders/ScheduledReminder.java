package entbot.bot.reminders;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A reminder with its next occurrence (null when its cron never fires again). */
public record ScheduledReminder(Reminder reminder, ZonedDateTime next) {
  public ScheduledReminder {
    Objects.requireNonNull(reminder, "reminder");
  }
}
