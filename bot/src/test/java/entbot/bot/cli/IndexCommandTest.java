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

class IndexCommandTest {
  static final String GUIDES = Path.of(System.getProperty("entbot.root", ".."), "..", "shared", "guides")
      .toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void indexesTheGuidesThenDoesNoWorkOnASecondRun(@TempDir Path data) throws Exception {
    CliRunner.Result first = CliRunner.run("index", "--data", data.toString(), "--json", GUIDES);
    assertEquals(0, first.exitCode(), first.err());
    JsonNode report = JSON.readTree(first.out());
    assertEquals(5, report.get("indexed").asInt());
    assertTrue(report.get("passages").asInt() > 50);

    CliRunner.Result second = CliRunner.run("index", "--data", data.toString(), GUIDES);
    assertEquals(0, second.exitCode());
    assertTrue(second.out().contains("0 fichier(s) indexé(s)"), second.out());
    assertTrue(second.out().contains("5 inchangé(s)"), second.out());
  }

  @Test
  void aDeletedFileDisappearsAndACorruptOneIsSkippedByName(@TempDir Path data, @TempDir Path guides)
      throws Exception {
    Files.writeString(guides.resolve("a.md"), "# Fiche A\n\n" + "Le rôle Visiteur est donné. ".repeat(20));
    Files.writeString(guides.resolve("b.md"), "# Fiche B\n\n" + "Le rôle Gestionnaire est donné. ".repeat(20));
    Files.writeString(guides.resolve("abime.pdf"), "ceci n'est pas un PDF");
    CliRunner.Result first = CliRunner.run("index", "--data", data.toString(), guides.toString());
    assertEquals(0, first.exitCode());
    assertTrue(first.err().contains("abime.pdf"), first.err());
    assertTrue(first.out().contains("2 fichier(s) indexé(s)"), first.out());

    Files.delete(guides.resolve("b.md"));
    CliRunner.Result second = CliRunner.run("index", "--data", data.toString(), "--json", guides.toString());
    assertEquals(1, JSON.readTree(second.out()).get("removed").asInt());
  }

  @Test
  void aMissingPathExitsWithTwoAndOneFrenchSentence(@TempDir Path data) {
    CliRunner.Result result = CliRunner.run("index", "--data", data.toString(), data.resolve("absent").toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("chemin introuvable"), result.err());
    assertFalse(result.err().contains("\tat "));
    assertEquals("", result.out());
  }

  @Test
  void isListedInTheHelp() {
    assertTrue(CliRunner.run("--help").out().contains("index"));
  }
}
