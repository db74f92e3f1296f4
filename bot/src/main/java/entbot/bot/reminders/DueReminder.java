package entbot.bot.reminders;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One occurrence of a reminder that is (or was) to be posted, at its scheduled Paris time. */
public record DueReminder(Reminder reminder, ZonedDateTime scheduledAt) {
  public DueReminder {
    Objects.requireNonNull(reminder, "reminder");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
  }

  public String id() {
    return reminder.id();
  }

  public String title() {
    return reminder.title();
  }

  /** The message to post. */
  public String text() {
    return reminder.message();
  }
}
