package entbot.bot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFileTest {
  @Test
  void theBundledCalendarCoversTheSchoolYearTimelineAndCitesExistingGuides() throws Exception {
    List<Reminder> calendar = CalendarFile.bundled();
    Set<String> ids = calendar.stream().map(Reminder::id).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("siecle-fiches-bloquantes", "siecle-rapprochement-fratries",
        "archivage-mi-juillet", "ouverture-acces-ent", "pronote-version-connecteur",
        "edt-import-manuel", "edt-import-automatise", "pronote-identifiants",
        "gar-responsables-affectation", "groupe-chef-etablissement", "fin-annee-periode-vacances",
        "messagerie-anciens-enseignants")), ids.toString());
    Path guides = Path.of(System.getProperty("entbot.root", "."), "..", "shared", "guides");
    for (Reminder reminder : calendar) {
      assertNotNull(reminder.source(), reminder.id());
      Path guide = guides.resolve(reminder.source().document());
      if (Files.isDirectory(guides)) {
        String text = Files.readString(guide);
        assertTrue(text.contains(reminder.source().section()),
            reminder.id() + " cites a section missing from " + guide);
      }
      assertTrue(reminder.schedule().next(Instant.parse("2026-01-01T00:00:00Z")).isPresent());
    }
  }

  @Test
  void aCalendarInTheDataFolderReplacesTheBundledOne(@TempDir Path data) throws Exception {
    Files.writeString(data.resolve("calendar.yaml"), """
        reminders:
          - id: conseil-classe
            title: Conseils de classe
            schedule: "0 8 1 12 *"
            text: Préparer les conseils de classe.
        """);
    List<Reminder> calendar = CalendarFile.load(data);
    assertEquals(1, calendar.size());
    assertEquals("conseil-classe", calendar.get(0).id());
  }

  @Test
  void refusesAnUnknownKeyABadCronAndADuplicateId() {
    BotException unknown = assertThrows(BotException.class, () -> parse("""
        reminders:
          - id: a
            title: A
            schedule: "0 8 1 12 *"
            text: t
            when: demain
        """));
    assertTrue(unknown.isBadInput());
    assertTrue(unknown.getMessage().contains("mal formé"), unknown.getMessage());

    BotException badCron = assertThrows(BotException.class, () -> parse("""
        reminders:
          - id: a
            title: A
            schedule: "chaque mois"
            text: t
        """));
    assertTrue(badCron.getMessage().contains("chaque mois"), badCron.getMessage());

    BotException duplicate = assertThrows(BotException.class, () -> parse("""
        reminders:
          - {id: a, title: A, schedule: "0 8 1 12 *", text: t}
          - {id: a, title: B, schedule: "0 8 1 11 *", text: u}
        """));
    assertTrue(duplicate.getMessage().contains("deux fois"), duplicate.getMessage());
  }

  private static List<Reminder> parse(String yaml) {
    return CalendarFile.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
  }
}
