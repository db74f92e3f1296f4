package entbot.bot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  @Test
  void firesAtNineInParisTimeInSummerAndInWinter() {
    Schedule summer = Schedule.parse("0 9 1 7 *");
    ZonedDateTime next = summer.next(Instant.parse("2026-06-01T00:00:00Z")).orElseThrow();
    assertEquals(Instant.parse("2026-07-01T07:00:00Z"), next.toInstant());

    Schedule winter = Schedule.parse("0 9 15 1 *");
    assertEquals(Instant.parse("2027-01-15T08:00:00Z"),
        winter.next(Instant.parse("2026-12-01T00:00:00Z")).orElseThrow().toInstant());
  }

  @Test
  void theLatestOccurrenceIncludesTheExactMoment() {
    Schedule schedule = Schedule.parse("0 9 1 7 *");
    Instant nine = Instant.parse("2026-07-01T07:00:00Z");
    assertEquals(nine, schedule.latest(nine).orElseThrow().toInstant());
    assertEquals(Instant.parse("2025-07-01T07:00:00Z"),
        schedule.latest(nine.minusSeconds(1)).orElseThrow().toInstant());
  }

  @Test
  void refusesAScheduleThatIsNotFiveFieldCronWithAFrenchMessage() {
    BotException e = assertThrows(BotException.class, () -> Schedule.parse("tous les lundis"));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("Planification invalide « tous les lundis »"), e.getMessage());
    assertThrows(BotException.class, () -> Schedule.parse("0 25 * * *"));
    assertThrows(BotException.class, () -> Schedule.parse("0 9 32 7 *"));
    assertThrows(BotException.class, () -> Schedule.parse(" "));
  }
}
