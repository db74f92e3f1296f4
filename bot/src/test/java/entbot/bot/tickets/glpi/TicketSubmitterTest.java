package entbot.bot.tickets.glpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.tickets.SubmitResult;
import entbot.bot.tickets.Ticket;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import entbot.bot.tickets.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketSubmitterTest {
  private static final String REPORT = "Margaux Perrot (5A) n'a plus accès à Pronote depuis lundi ----- "
      + "le parent M. Rola Mohamed a disparu de l'annuaire";

  @TempDir Path data;
  private MockWebServer server;
  private FakeGlpi glpi;

  @BeforeEach
  void start() throws Exception {
    glpi = new FakeGlpi();
    server = new MockWebServer();
    server.setDispatcher(glpi);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private TicketService service(String userToken) {
    return TicketService.open(data, TicketConfig.defaults().withGlpi(
        server.url("/apirest.php").toString(), FakeGlpi.APP_TOKEN, userToken, Duration.ofSeconds(1)));
  }

  @Test
  void sendsEachTicketWithItsAttachmentAndRecordsTheHelpdeskNumber() {
    try (TicketService service = service(FakeGlpi.USER_TOKEN)) {
      List<Ticket> drafts = service.draft(REPORT);
      service.attach(drafts.get(0).id(), "capture.png", "PNG".getBytes(StandardCharsets.UTF_8));

      SubmitResult result = service.submit(drafts.stream().map(Ticket::id).toList());

      assertNull(result.failure());
      assertEquals(List.of(TicketStatus.SENT, TicketStatus.SENT), result.tickets().stream().map(Ticket::status).toList());
      assertEquals(List.of("1", "2"), result.tickets().stream().map(Ticket::remoteId).toList());
      assertEquals(2, glpi.ticketContents.size());
      assertTrue(glpi.ticketContents.get(0).contains("itilcategories_id"), glpi.ticketContents.get(0));
      assertTrue(glpi.ticketContents.get(0).contains(TicketSubmitter.reference(drafts.get(0).id())));
      assertEquals(1, glpi.documents.get());
      assertEquals(1, glpi.links.size());
      assertTrue(glpi.links.get(0).contains("\"items_id\":1"), glpi.links.get(0));
      assertEquals(1, glpi.killed.get());
      assertEquals(2, service.list(TicketStatus.SENT).size());
    }
  }

  @Test
  void keepsTicketsPendingWhenTheTokenIsRefusedAndSendsThemOnRetry() {
    List<String> ids;
    try (TicketService service = service("wrong-token")) {
      ids = service.draft(REPORT).stream().map(Ticket::id).toList();
      SubmitResult result = service.submit(ids);

      assertTrue(result.failure().contains("401"), result.failure());
      assertEquals(2, service.list(TicketStatus.PENDING).size());
      assertEquals(0, glpi.ticketContents.size());
    }
    try (TicketService service = service(FakeGlpi.USER_TOKEN)) {
      SubmitResult retried = service.retry();
      assertNull(retried.failure());
      assertEquals(2, glpi.ticketContents.size());
      assertEquals(0, service.list(TicketStatus.PENDING).size());
      assertNull(service.retry().failure());
      assertEquals(2, glpi.ticketContents.size(), "a second retry sends nothing again");
    }
  }

  @Test
  void reportsAServerErrorAndSendsTheRestLater() {
    try (TicketService service = service(FakeGlpi.USER_TOKEN)) {
      List<String> ids = service.draft(REPORT).stream().map(Ticket::id).toList();
      glpi.nextTicketFailure = FakeGlpi.Failure.SERVER_ERROR;

      SubmitResult result = service.submit(ids);

      assertTrue(result.failure().contains("HTTP 500"), result.failure());
      assertEquals(List.of(TicketStatus.PENDING, TicketStatus.PENDING),
          result.tickets().stream().map(Ticket::status).toList());
      assertNull(service.retry().failure());
      assertEquals(2, glpi.ticketContents.size());
    }
  }

  @Test
  void reportsATimeoutWithoutLosingTheTicket() {
    try (TicketService service = service(FakeGlpi.USER_TOKEN)) {
      String id = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0).id();
      glpi.nextTicketFailure = FakeGlpi.Failure.HANG;

      SubmitResult result = service.submit(List.of(id));

      assertTrue(result.failure().contains("pas répondu à temps"), result.failure());
      assertEquals(TicketStatus.PENDING, service.get(id).status());
    }
  }

  @Test
  void adoptsTheTicketTheHelpdeskCreatedWhenItsAnswerWasLostInsteadOfSendingItTwice() {
    try (TicketService service = service(FakeGlpi.USER_TOKEN)) {
      String id = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0).id();
      glpi.nextTicketFailure = FakeGlpi.Failure.LOSE_RESPONSE;

      assertNotNull(service.submit(List.of(id)).failure());
      assertEquals(1, glpi.ticketContents.size(), "the helpdesk did create it");

      SubmitResult retried = service.retry();

      assertNull(retried.failure());
      assertEquals(1, glpi.ticketContents.size(), "not created a second time");
      assertEquals("1", service.get(id).remoteId());
      assertEquals(TicketStatus.SENT, service.get(id).status());
    }
  }

  @Test
  void refusesToSubmitWithoutAHelpdeskAddress() {
    try (TicketService service = TicketService.open(data, TicketConfig.defaults())) {
      String id = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0).id();
      entbot.bot.BotException e = org.junit.jupiter.api.Assertions.assertThrows(
          entbot.bot.BotException.class, () -> service.submit(List.of(id)));
      assertTrue(e.isBadInput());
      assertEquals(TicketStatus.DRAFT, service.get(id).status());
    }
  }

  @Test
  void reportsAnUnreachableHelpdesk() throws Exception {
    String url = server.url("/apirest.php").toString();
    server.shutdown();
    try (TicketService service = TicketService.open(data, TicketConfig.defaults()
        .withGlpi(url, FakeGlpi.APP_TOKEN, FakeGlpi.USER_TOKEN, Duration.ofSeconds(1)))) {
      String id = service.draft("Léa Martin (4B) ne peut plus se connecter à Pronote").get(0).id();
      SubmitResult result = service.submit(List.of(id));
      assertTrue(result.failure().contains("injoignable"), result.failure());
      assertEquals(TicketStatus.PENDING, service.get(id).status());
    }
  }
}
