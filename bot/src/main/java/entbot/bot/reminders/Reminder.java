package entbot.bot.reminders;

import entbot.bot.BotException;
import java.util.regex.Pattern;

/**
 * One reminder of the calendar: what to do ({@code text}), when ({@code schedule}), and where the
 * guides say it ({@code source}, null for custom reminders). {@code question} is an optional
 * {@code /ask} question that opens the guide passage.
 */
public record Reminder(String id, String title, Schedule schedule, String text,
    GuideReference source, String question, boolean custom) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public Reminder {
    requireValidId(id);
    if (title == null || title.isBlank()) {
      throw BotException.badInput("Le rappel « " + id + " » n'a pas de titre.");
    }
    if (schedule == null) {
      throw BotException.badInput("Le rappel « " + id + " » n'a pas de planification.");
    }
    if (text == null || text.isBlank()) {
      throw BotException.badInput("Le rappel « " + id + " » n'a pas de texte.");
    }
    title = title.strip();
    text = text.strip();
    question = question == null || question.isBlank() ? null : question.strip();
  }

  /** Identifiers are short slugs so that they can be typed in a chat and used in keys. */
  public static void requireValidId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw BotException.badInput("Identifiant de rappel invalide « " + id + " » : lettres "
          + "minuscules, chiffres et tirets (64 caractères au plus), par exemple « conseil-classe ».");
    }
  }

  /** The message posted in the channel: title, what to do, and the guide passage. */
  public String message() {
    StringBuilder message = new StringBuilder("Rappel : ").append(title).append("\n").append(text);
    if (source != null) {
      message.append("\nSource : ").append(source.citation());
    }
    if (question != null) {
      message.append("\nPour en savoir plus : /ask ").append(question);
    }
    return message.toString();
  }
}
