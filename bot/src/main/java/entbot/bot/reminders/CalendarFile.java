package entbot.bot.reminders;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entbot.bot.BotException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the calendar of reminders: {@code DATA/calendar.yaml} when the admins put one there,
 * otherwise the bundled {@code entbot/reminders/calendar.yaml}. Unknown keys and duplicate ids are
 * refused, so a typo in the file is reported instead of silently dropping a reminder.
 */
public final class CalendarFile {
  public static final String FILE_NAME = "calendar.yaml";
  static final String BUNDLED = "/entbot/reminders/" + FILE_NAME;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  record Entry(String id, String title, String schedule, String text, Source source, String ask) {}

  record Source(String document, String section) {}

  record Document(List<Entry> reminders) {}

  private CalendarFile() {}

  /** The calendar in force for this data folder. */
  public static List<Reminder> load(Path dataDir) {
    Path override = dataDir.resolve(FILE_NAME);
    if (Files.isRegularFile(override)) {
      try (InputStream in = Files.newInputStream(override)) {
        return parse(in, override.toString());
      } catch (IOException e) {
        throw BotException.failure("Impossible de lire le calendrier " + override + ".", e);
      }
    }
    return bundled();
  }

  public static List<Reminder> bundled() {
    try (InputStream in = CalendarFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw BotException.failure("Le calendrier intégré est introuvable.", null);
      }
      return parse(in, "calendrier intégré");
    } catch (IOException e) {
      throw BotException.failure("Impossible de lire le calendrier intégré.", e);
    }
  }

  static List<Reminder> parse(InputStream in, String name) {
    Document document;
    try {
      document = YAML.readValue(in, Document.class);
    } catch (IOException e) {
      throw BotException.badInput("Le calendrier " + name + " est mal formé : "
          + e.getMessage().lines().findFirst().orElse("") + ".");
    }
    if (document == null || document.reminders() == null) {
      throw BotException.badInput("Le calendrier " + name + " ne contient pas de liste « reminders ».");
    }
    List<Reminder> reminders = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Entry entry : document.reminders()) {
      Reminder reminder = toReminder(entry, name);
      if (!ids.add(reminder.id())) {
        throw BotException.badInput("Le calendrier " + name + " contient deux fois le rappel « "
            + reminder.id() + " ».");
      }
      reminders.add(reminder);
    }
    return List.copyOf(reminders);
  }

  private static Reminder toReminder(Entry entry, String name) {
    try {
      GuideReference source = entry.source() == null
          ? null : new GuideReference(entry.source().document(), entry.source().section());
      return new Reminder(entry.id(), entry.title(), Schedule.parse(entry.schedule()), entry.text(),
          source, entry.ask(), false);
    } catch (IllegalArgumentException e) {
      throw BotException.badInput("Le calendrier " + name + " a un rappel « " + entry.id()
          + " » sans document ou section de source.");
    } catch (BotException e) {
      throw BotException.badInput("Calendrier " + name + " : " + e.getMessage());
    }
  }
}
