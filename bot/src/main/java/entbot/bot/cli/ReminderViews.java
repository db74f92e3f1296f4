package entbot.bot.cli;

import entbot.bot.reminders.DueReminder;
import entbot.bot.reminders.ScheduledReminder;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes and French text of the {@code remind} commands (the contract's fields first). */
final class ReminderViews {
  record ReminderJson(String id, String title, String schedule, String next, boolean custom,
      String source) {}

  record ListJson(List<ReminderJson> reminders) {}

  record DueJson(String id, String title, String text, String scheduled) {}

  record DueListJson(List<DueJson> due) {}

  /** Always with seconds and offset ("2027-07-01T09:00:00+02:00"), easy for any ISO parser. */
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

  private ReminderViews() {}

  static ListJson list(List<ScheduledReminder> reminders) {
    return new ListJson(reminders.stream().map(s -> new ReminderJson(
        s.reminder().id(), s.reminder().title(), s.reminder().schedule().expression(),
        s.next() == null ? null : ISO.format(s.next()),
        s.reminder().custom(),
        s.reminder().source() == null ? null : s.reminder().source().citation())).toList());
  }

  static DueListJson due(List<DueReminder> due) {
    return new DueListJson(due.stream().map(d -> new DueJson(d.id(), d.title(), d.text(),
        ISO.format(d.scheduledAt()))).toList());
  }

  static void printList(PrintWriter out, List<ScheduledReminder> reminders) {
    out.println(reminders.size() + " rappel(s), heure de Paris :");
    for (ScheduledReminder s : reminders) {
      out.printf("- %s [%s] %s — prochain : %s%s%n", s.reminder().id(),
          s.reminder().schedule().expression(), s.reminder().title(),
          s.next() == null ? "jamais" : FRENCH.format(s.next()),
          s.reminder().custom() ? " (personnalisé)" : "");
    }
  }

  static void printDue(PrintWriter out, List<DueReminder> due, String emptyMessage) {
    if (due.isEmpty()) {
      out.println(emptyMessage);
    }
    for (DueReminder d : due) {
      out.println("[" + FRENCH.format(d.scheduledAt()) + "] " + d.text());
      out.println();
    }
  }
}
