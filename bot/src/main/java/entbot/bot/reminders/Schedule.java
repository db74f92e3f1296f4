package entbot.bot.reminders;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import entbot.bot.BotException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A five-field UNIX cron expression (minute hour day-of-month month day-of-week) read in Paris
 * time, so that "9 h le 1er juillet" stays 9 h across daylight-saving changes.
 */
public final class Schedule {
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ExecutionTime executionTime;

  private Schedule(String expression, ExecutionTime executionTime) {
    this.expression = expression;
    this.executionTime = executionTime;
  }

  /** Parses {@code expression}; a bad one is bad input with a French message naming it. */
  public static Schedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw BotException.badInput("La planification est vide : attendu une expression cron à "
          + "5 champs, par exemple « 0 9 1 7 * » (le 1er juillet à 9 h).");
    }
    String trimmed = expression.trim().replaceAll("\\s+", " ");
    try {
      Cron cron = PARSER.parse(trimmed).validate();
      return new Schedule(trimmed, ExecutionTime.forCron(cron));
    } catch (IllegalArgumentException e) {
      throw BotException.badInput("Planification invalide « " + expression + " » : attendu une "
          + "expression cron à 5 champs (minute heure jour mois jour-de-semaine), par exemple "
          + "« 0 9 1 7 * » (le 1er juillet à 9 h, heure de Paris).");
    }
  }

  public String expression() {
    return expression;
  }

  /** The first occurrence strictly after {@code after}, in Paris time. */
  public Optional<ZonedDateTime> next(Instant after) {
    return executionTime.nextExecution(after.atZone(PARIS));
  }

  /** The latest occurrence at or before {@code at} (an occurrence exactly at {@code at} counts). */
  public Optional<ZonedDateTime> latest(Instant at) {
    ZonedDateTime moment = at.atZone(PARIS);
    ZonedDateTime minute = moment.truncatedTo(ChronoUnit.MINUTES);
    if (executionTime.isMatch(minute)) {
      return Optional.of(minute);
    }
    return executionTime.lastExecution(moment);
  }

  @Override
  public String toString() {
    return expression;
  }
}
