package entbot.bot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderTickerTest {
  @Test
  void eachTickPostsWhatTheControllableClockMakesDueAndNothingTwice(@TempDir Path data) {
    MutableClock clock = new MutableClock(Instant.parse("2026-10-15T06:58:00Z"));
    Reminder toussaint = new Reminder("toussaint", "Toussaint", Schedule.parse("0 9 15 10 *"),
        "Retirer les anciens enseignants.", null, null, false);
    ReminderService service = new ReminderService(List.of(toussaint),
        new ReminderStore(BotDatabase.open(data)), clock, Duration.ofDays(7));
    List<String> posted = new ArrayList<>();
    ReminderTicker ticker = new ReminderTicker(service, due -> posted.add(due.id()));

    assertEquals(0, ticker.tick());
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, ticker.tick());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(0, ticker.tick());
    assertEquals(List.of("toussaint"), posted);
  }

  @Test
  void aFailingPosterDoesNotStopTheTickerAndIsRetried(@TempDir Path data) {
    MutableClock clock = new MutableClock(Instant.parse("2026-10-15T07:00:00Z"));
    Reminder toussaint = new Reminder("toussaint", "Toussaint", Schedule.parse("0 9 15 10 *"),
        "Retirer les anciens enseignants.", null, null, false);
    ReminderService service = new ReminderService(List.of(toussaint),
        new ReminderStore(BotDatabase.open(data)), clock, Duration.ofDays(7));
    List<String> posted = new ArrayList<>();
    boolean[] down = {true};
    ReminderTicker ticker = new ReminderTicker(service, due -> {
      if (down[0]) {
        throw new IllegalStateException("Discord indisponible");
      }
      posted.add(due.id());
    });
    assertEquals(0, ticker.tick());
    down[0] = false;
    assertEquals(1, ticker.tick());
    assertEquals(List.of("toussaint"), posted);
  }
}
