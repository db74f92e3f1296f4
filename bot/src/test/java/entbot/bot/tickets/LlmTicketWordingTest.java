package entbot.bot.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.llm.LlmClient;
import entbot.bot.llm.LlmClientTest;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmTicketWordingTest {
  private static final String REPORT = "Léa Martin (4B) ne peut plus se connecter à pronot depuis lundi";

  @TempDir Path data;
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private TicketService service() {
    LlmClient llm = LlmClient.create(server.url("/v1").toString(), "mistral", null, Duration.ofSeconds(2));
    return TicketService.open(data, TicketConfig.defaults().withLlm(llm));
  }

  @Test
  void usesTheModelsWordingButKeepsTheRulesRouteAndPeople() throws Exception {
    server.enqueue(LlmClientTest.completion("```json\n{\"title\": \"Pronote inaccessible pour Léa Martin (4B)\", "
        + "\"description\": \"Léa Martin, élève de 4B, ne peut plus se connecter à Pronote depuis lundi.\"}\n```"));
    try (TicketService service = service()) {
      Ticket ticket = service.draft(REPORT).get(0);

      assertEquals("llm", ticket.generatedBy());
      assertEquals("Pronote inaccessible pour Léa Martin (4B)", ticket.title());
      assertEquals("editeur-pronote", ticket.route());
      assertEquals("Martin", ticket.people().get(0).lastName());
    }
  }

  @Test
  void fallsBackToTheRulesWhenTheModelDropsAPerson() throws Exception {
    server.enqueue(LlmClientTest.completion("{\"title\": \"Problème Pronote\", \"description\": \"Une élève ne peut plus se connecter.\"}"));
    try (TicketService service = service()) {
      Ticket ticket = service.draft(REPORT).get(0);
      assertEquals("rules", ticket.generatedBy());
      assertTrue(ticket.title().contains("Léa Martin"), ticket.title());
    }
  }

  @Test
  void fallsBackToTheRulesWhenTheModelFails() {
    server.enqueue(new MockResponse().setResponseCode(503));
    try (TicketService service = service()) {
      Ticket ticket = service.draft(REPORT).get(0);
      assertEquals("rules", ticket.generatedBy());
    }
  }
}
