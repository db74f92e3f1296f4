package entbot.bot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderServiceTest {
  private static final Instant JULY_1_NINE = Instant.parse("2026-07-01T07:00:00Z");

  @TempDir Path data;
  private MutableClock clock;
  private ReminderService service;

  @BeforeEach
  void openAServiceWithOneCalendarReminder() {
    clock = new MutableClock(JULY_1_NINE.minus(Duration.ofDays(30)));
    service = serviceOn(data);
  }

  private ReminderService serviceOn(Path dir) {
    Reminder july = new Reminder("juillet", "Juillet", Schedule.parse("0 9 1 7 *"),
        "Vérifier SIECLE.", new GuideReference("guide.txt", "1. Juillet"), null, false);
    return new ReminderService(List.of(july), new ReminderStore(BotDatabase.open(dir)), clock,
        Duration.ofDays(7));
  }

  @Test
  void aReminderIsDueAtItsTimeAndPostedOnlyOnceEvenAfterARestart() {
    assertEquals(List.of(), service.due(JULY_1_NINE.minusSeconds(60)));
    assertEquals(List.of("juillet"), ids(service.due(JULY_1_NINE)));

    List<String> posts = new ArrayList<>();
    assertEquals(1, service.run(JULY_1_NINE, d -> posts.add(d.text())).size());
    assertTrue(posts.get(0).contains("Source : guide.txt, « 1. Juillet »"), posts.get(0));

    ReminderService restarted = serviceOn(data);
    assertEquals(List.of(), restarted.run(JULY_1_NINE.plusSeconds(3600), d -> posts.add(d.text())));
    assertEquals(1, posts.size());
  }

  @Test
  void dueChangesNothing() {
    service.due(JULY_1_NINE);
    service.due(JULY_1_NINE);
    assertEquals(1, service.run(JULY_1_NINE, d -> { }).size());
  }

  @Test
  void aPostMissedWhileDownIsMadeOnceWithinTheGraceWindowAndDroppedAfterIt() {
    Instant threeDaysLate = JULY_1_NINE.plus(Duration.ofDays(3));
    assertEquals(List.of("juillet"), ids(service.run(threeDaysLate, d -> { })));
    assertEquals(List.of(), service.run(threeDaysLate.plusSeconds(60), d -> { }));

    ReminderService other = serviceOn(data.resolve("other"));
    assertEquals(List.of(), other.due(JULY_1_NINE.plus(Duration.ofDays(8))));
  }

  @Test
  void aFailedPostIsNotRecordedAndIsRetried() {
    assertThrows(IllegalStateException.class, () -> service.run(JULY_1_NINE, d -> {
      throw new IllegalStateException("canal indisponible");
    }));
    assertEquals(List.of("juillet"), ids(service.run(JULY_1_NINE, d -> { })));
  }

  @Test
  void customRemindersAreStoredListedAndRemoved() {
    service.add("conseil-classe", "0 8 1 12 *", "Préparer les conseils de classe.", null);
    ReminderService reopened = serviceOn(data);
    List<ScheduledReminder> list = reopened.list();
    assertEquals(List.of("juillet", "conseil-classe"),
        list.stream().map(s -> s.reminder().id()).toList());
    assertEquals(Instant.parse("2026-12-01T07:00:00Z"), list.get(1).next().toInstant());
    assertEquals("Préparer les conseils de classe.", list.get(1).reminder().title());

    reopened.remove("conseil-classe");
    assertEquals(1, serviceOn(data).reminders().size());
  }

  @Test
  void refusesABadScheduleATakenIdAndRemovingACalendarReminder() {
    BotException badCron = assertThrows(BotException.class,
        () -> service.add("x", "99 * * * *", "Texte", null));
    assertTrue(badCron.isBadInput());
    assertTrue(badCron.getMessage().startsWith("Planification invalide"), badCron.getMessage());

    assertThrows(BotException.class, () -> service.add("juillet", "0 8 * * 1", "Texte", null));
    BotException never = assertThrows(BotException.class,
        () -> service.add("fevrier", "0 9 31 2 *", "Texte", null));
    assertTrue(never.getMessage().contains("ne se déclenche jamais"), never.getMessage());
    assertThrows(BotException.class, () -> service.add("Pas Un Id", "0 8 * * 1", "Texte", null));
    BotException calendar = assertThrows(BotException.class, () -> service.remove("juillet"));
    assertTrue(calendar.getMessage().contains("calendrier"), calendar.getMessage());
    assertThrows(BotException.class, () -> service.remove("inconnu"));
    assertEquals(1, service.reminders().size());
  }

  @Test
  void refusesAGraceWindowThatIsNotANumberOfDays() {
    assertEquals(Duration.ofDays(3), ReminderService.graceFromEnvironment("3"));
    assertEquals(ReminderService.DEFAULT_GRACE, ReminderService.graceFromEnvironment(null));
    assertThrows(BotException.class, () -> ReminderService.graceFromEnvironment("-1"));
    assertThrows(BotException.class, () -> ReminderService.graceFromEnvironment("une semaine"));
  }

  private static List<String> ids(List<DueReminder> due) {
    return due.stream().map(DueReminder::id).toList();
  }
}
