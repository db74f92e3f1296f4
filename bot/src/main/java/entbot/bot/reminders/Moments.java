package entbot.bot.reminders;

import entbot.bot.BotException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Parses the ISO-8601 moments users type ({@code --at}): with an offset or {@code Z}, with a zone,
 * or local date-time (or date alone, at midnight) read in Paris time.
 */
public final class Moments {
  private static final List<Function<String, Instant>> FORMS = List.of(
      text -> OffsetDateTime.parse(text).toInstant(),
      text -> ZonedDateTime.parse(text).toInstant(),
      text -> LocalDateTime.parse(text).atZone(Schedule.PARIS).toInstant(),
      text -> LocalDate.parse(text).atStartOfDay(Schedule.PARIS).toInstant());

  private Moments() {}

  public static Instant parse(String text) {
    if (text != null) {
      for (Function<String, Instant> form : FORMS) {
        try {
          return form.apply(text.trim());
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
    }
    throw BotException.badInput("Date invalide « " + text + " » : attendu une date ISO-8601, par "
        + "exemple 2026-07-01T09:00 (heure de Paris) ou 2026-07-01T07:00:00Z.");
  }
}
