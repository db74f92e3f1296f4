package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path report(String text) throws Exception {
    Path file = dir.resolve("signalement.txt");
    Files.writeString(file, text);
    return file;
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void draftsOneTicketPerIncidentAsContractJson() throws Exception {
    Path file = report("Margaux Perrot (5A) n'a plus accès à Pronote ----- Mme Rola Mohamed (parent) "
        + "a disparu de l'annuaire ----- messages de rejet pour le compte enseignant DIMITAUX Christophe");

    CliRunner.Result result = CliRunner.run("ticket", "--data", data(), "--json", "--file", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    JsonNode tickets = JSON.readTree(result.out()).get("tickets");
    assertEquals(3, tickets.size());
    assertEquals("editeur-pronote", tickets.get(0).get("route").asText());
    assertEquals("dsi-academique", tickets.get(1).get("route").asText());
    assertEquals("editeur-ent", tickets.get(2).get("route").asText());
    for (JsonNode ticket : tickets) {
      assertTrue(ticket.get("id").asText().startsWith("tk-"));
      assertTrue(ticket.get("title").asText().length() > 5);
      assertTrue(ticket.get("missing").isArray() && ticket.get("questions").isArray());
      assertEquals("rules", ticket.get("generatedBy").asText());
    }
    assertEquals("Perrot", tickets.get(0).get("people").get(0).get("lastName").asText());
    assertEquals("5A", tickets.get(0).get("classes").get(0).asText());

    CliRunner.Result list = CliRunner.run("ticket", "list", "--data", data(), "--json", "--status", "draft");
    assertEquals(0, list.exitCode(), list.err());
    JsonNode rows = JSON.readTree(list.out()).get("tickets");
    assertEquals(3, rows.size());
    assertEquals("draft", rows.get(0).get("status").asText());
    assertTrue(rows.get(0).has("remoteId") && rows.get(0).has("created"));
  }

  @Test
  void printsTicketsReadyToPasteWithoutJson() throws Exception {
    CliRunner.Result result = CliRunner.run("ticket", "--data", data(), "--file",
        report("Léa Martin (4B) ne peut plus se connecter à Pronote").toString());

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("Titre : "), result.out());
    assertTrue(result.out().contains("Questions à poser"), result.out());
  }

  @Test
  void refusesAnEmptyReportWithExitTwoAndStoresNothing() throws Exception {
    CliRunner.Result result = CliRunner.run("ticket", "--data", data(), "--file", report("  \n ").toString());

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("signalement est vide"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());
    CliRunner.Result list = CliRunner.run("ticket", "list", "--data", data(), "--json");
    assertEquals(0, JSON.readTree(list.out()).get("tickets").size());
  }

  @Test
  void refusesAnUnknownStatus() {
    CliRunner.Result result = CliRunner.run("ticket", "list", "--data", data(), "--status", "envoye");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("statut inconnu"), result.err());
  }

  @Test
  void refusesToSubmitWithoutAHelpdeskAndStoresNothing() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("ENTBOT_GLPI_URL") == null);
    CliRunner.Result result = CliRunner.run("ticket", "--data", data(), "--submit", "--file",
        report("Léa Martin (4B) ne peut plus se connecter à Pronote").toString());

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("ENTBOT_GLPI_URL"), result.err());
    CliRunner.Result list = CliRunner.run("ticket", "list", "--data", data(), "--json");
    assertEquals(0, JSON.readTree(list.out()).get("tickets").size());
  }
}
