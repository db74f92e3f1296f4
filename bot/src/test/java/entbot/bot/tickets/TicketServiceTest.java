package entbot.bot.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketServiceTest {
  @TempDir Path data;

  private TicketService open() {
    return TicketService.open(data, TicketConfig.defaults());
  }

  @Test
  void storesEveryDraftAndFindsItAgainAfterReopening() {
    List<Ticket> drafted;
    try (TicketService service = open()) {
      drafted = service.draft("Margaux Perrot (5A) n'a plus accès à Pronote ----- la messagerie de l'ENT est en panne");
    }
    try (TicketService service = open()) {
      List<Ticket> stored = service.list(TicketStatus.DRAFT);
      assertEquals(drafted.stream().map(Ticket::id).toList(), stored.stream().map(Ticket::id).toList());
      assertEquals("editeur-pronote", stored.get(0).route());
      assertEquals("rules", stored.get(0).generatedBy());
      assertTrue(Files.exists(data.resolve("entbot.db")));
    }
  }

  @Test
  void amendRedraftsTheTicketWithTheAdminsAnswers() {
    try (TicketService service = open()) {
      Ticket ticket = service.draft("impossible d'ouvrir Pronote depuis ce matin").get(0);
      assertTrue(ticket.missing().contains("people"));

      Ticket amended = service.amend(ticket.id(), "Il s'agit de l'élève Léa Martin, classe 4B.");

      assertEquals(ticket.id(), amended.id());
      assertEquals("Léa", amended.people().get(0).firstName());
      assertEquals(List.of("4B"), amended.classes());
      assertFalse(amended.missing().contains("people"));
      assertThrows(BotException.class, () -> service.amend(ticket.id(), "  "));
    }
  }

  @Test
  void attachingAFileClearsTheMissingAttachment() {
    try (TicketService service = open()) {
      Ticket ticket = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      assertTrue(ticket.missing().contains("attachments"));

      Ticket attached = service.attach(ticket.id(), "capture.png", new byte[] {1, 2, 3});

      assertEquals(List.of("capture.png"), attached.attachments());
      assertFalse(attached.missing().contains("attachments"));
      assertTrue(attached.questions().stream().noneMatch(q -> q.startsWith("Pouvez-vous joindre")));
      BotException empty = assertThrows(BotException.class, () -> service.attach(ticket.id(), "vide.png", new byte[0]));
      assertTrue(empty.isBadInput());
    }
  }

  @Test
  void editReplacesTheWordingAndRefusesABlankTitle() {
    try (TicketService service = open()) {
      Ticket ticket = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      Ticket edited = service.edit(ticket.id(), "Pronote : accès refusé pour Léa Martin", null);
      assertEquals("Pronote : accès refusé pour Léa Martin", edited.title());
      assertEquals(ticket.description(), edited.description());
      assertThrows(BotException.class, () -> service.edit(ticket.id(), " ", null));
    }
  }

  @Test
  void cancelForgetsTheTicketAndAnUnknownIdIsBadInput() {
    try (TicketService service = open()) {
      Ticket ticket = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      service.cancel(ticket.id());
      assertEquals(List.of(), service.list(null));
      BotException e = assertThrows(BotException.class, () -> service.cancel(ticket.id()));
      assertTrue(e.isBadInput());
    }
  }

  @Test
  void flagsANewDraftAboutTheSamePersonAndServiceAsALikelyDuplicate() {
    try (TicketService service = open()) {
      Ticket first = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      Ticket again = service.draft("MARTIN Léa n'a toujours pas accès à pronote !").get(0);
      Ticket other = service.draft("Léa Martin (4B) ne voit pas son manuel dans le médiacentre").get(0);

      assertNull(first.duplicateOf());
      assertEquals(first.id(), again.duplicateOf());
      assertNull(other.duplicateOf(), "same person, other service: not a duplicate");
    }
  }

  @Test
  void purgesTicketsOlderThanTheRetentionWithTheirAttachments() throws Exception {
    Instant start = Instant.parse("2026-01-10T08:00:00Z");
    try (TicketService service = TicketService.open(data, TicketConfig.defaults().withRetentionDays(30),
        Clock.fixed(start, ZoneOffset.UTC))) {
      Ticket old = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      service.attach(old.id(), "capture.png", "SECRET-CAPTURE".getBytes(StandardCharsets.UTF_8));
    }
    Clock later = Clock.fixed(start.plus(Duration.ofDays(31)), ZoneOffset.UTC);
    try (TicketService service = TicketService.open(data, TicketConfig.defaults().withRetentionDays(30), later)) {
      assertEquals(List.of(), service.list(null));
    }
    try (var files = Files.list(data)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("entbot.db")).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Martin"), "the purged name must not linger in " + file.getFileName());
        assertFalse(bytes.contains("SECRET-CAPTURE"), "the purged attachment must not linger in " + file.getFileName());
      }
    }
  }

  @Test
  void refusesARetentionShorterThanADay() {
    assertThrows(BotException.class, () -> TicketConfig.defaults().withRetentionDays(0));
  }

  @Test
  void writesPlainTextReadyToPaste() {
    try (TicketService service = open()) {
      Ticket ticket = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0);
      String text = service.toPlainText(ticket);
      assertTrue(text.contains("Titre : " + ticket.title()), text);
      assertTrue(text.contains("editeur-pronote"), text);
      assertTrue(text.contains("Questions à poser"), text);
    }
  }
}
