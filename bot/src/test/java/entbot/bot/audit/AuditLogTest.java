package entbot.bot.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import entbot.bot.reminders.MutableClock;
import entbot.bot.store.BotDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @Test
  void entriesAreKeptAcrossReopeningNewestFirst(@TempDir Path data) {
    MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    AuditLog log = new AuditLog(BotDatabase.open(data), clock);
    log.record("Mme Admin", AuditLog.PROCEDURE_APPLY, "aesh-entmip", "execution=r1");
    clock.advance(java.time.Duration.ofMinutes(5));
    log.record("M. Chef", AuditLog.TICKET_SUBMIT, "t1", "route=editeur-ent statut=sent");

    List<AuditEntry> entries = new AuditLog(BotDatabase.open(data), clock).latest(10);
    assertEquals(List.of("t1", "aesh-entmip"), entries.stream().map(AuditEntry::target).toList());
    assertEquals(Instant.parse("2026-09-01T08:05:00Z"), entries.get(0).at());
    assertEquals("Mme Admin", entries.get(1).actor());
  }

  @Test
  void refusesAnEntryWithoutActorOrTarget(@TempDir Path data) {
    AuditLog log = new AuditLog(BotDatabase.open(data), new MutableClock(Instant.EPOCH));
    assertThrows(IllegalArgumentException.class, () -> log.record(" ", "ticket.submit", "t1", ""));
    assertThrows(IllegalArgumentException.class, () -> log.record("a", "ticket.submit", null, ""));
    assertEquals(0, log.latest(5).size());
  }
}
