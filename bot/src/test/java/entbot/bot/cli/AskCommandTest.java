package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.bot.llm.LlmClient;
import entbot.bot.llm.LlmClientTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AskCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void answersInJsonWithAtLeastThreeRankedSources(@TempDir Path data) throws Exception {
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "--json",
        "--guides", IndexCommandTest.GUIDES, "dans l'ENTMIP, quel rôle donner aux AESH sur le cahier de textes ?");
    assertEquals(0, result.exitCode(), result.err());
    JsonNode answer = JSON.readTree(result.out());
    assertTrue(answer.get("answered").asBoolean(), result.out());
    assertTrue(answer.get("answer").asText().contains("["), result.out());
    JsonNode sources = answer.get("sources");
    assertTrue(sources.size() >= 3);
    for (int i = 0; i < sources.size(); i++) {
      JsonNode source = sources.get(i);
      assertEquals(i + 1, source.get("rank").asInt());
      assertFalse(source.get("document").asText().contains("/"));
      assertFalse(source.get("section").asText().isBlank());
      assertFalse(source.get("text").asText().isBlank());
      assertTrue(source.get("score").isNumber());
    }
  }

  @Test
  void answersAFileOfQuestionsInOrderAndRefusesTheUncoveredOne(@TempDir Path data) throws Exception {
    Path questions = data.resolve("questions.txt");
    Files.writeString(questions, "Comment créer un groupe libre pour les AESH dans l'ENTMIP ?\n\n"
        + "comment créer un quiz dans Moodle ?\n");
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "--json",
        "--guides", IndexCommandTest.GUIDES, "--questions", questions.toString());
    assertEquals(0, result.exitCode(), result.err());
    JsonNode results = JSON.readTree(result.out()).get("results");
    assertEquals(2, results.size());
    assertTrue(results.get(0).get("answered").asBoolean());
    assertFalse(results.get(1).get("answered").asBoolean());
    assertEquals("comment créer un quiz dans Moodle ?", results.get(1).get("question").asText());
  }

  @Test
  void withoutAnyIndexTheBundledGuidesAreIndexedFirst(@TempDir Path data) throws Exception {
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "--json",
        "comment donner accès à Pronote aux AESH dans Toutatice ?");
    assertEquals(0, result.exitCode(), result.err());
    JsonNode sources = JSON.readTree(result.out()).get("sources");
    assertTrue(sources.size() >= 3);
    assertTrue(sources.get(0).get("document").asText().endsWith(".md"));
  }

  @Test
  void printsAReadableAnswerWithItsSources(@TempDir Path data) {
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(),
        "--guides", IndexCommandTest.GUIDES, "qui voit qui dans la messagerie ?");
    assertEquals(0, result.exitCode());
    assertTrue(result.out().contains("Sources :"), result.out());
    assertTrue(result.out().contains("[1] "), result.out());
  }

  @Test
  void anEmptyQuestionExitsWithTwo(@TempDir Path data) {
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "  ");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("la question est vide"), result.err());
    assertFalse(result.err().contains("\tat "));
  }

  @Test
  void anUnknownOptionExitsWithTwo(@TempDir Path data) {
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "--vite", "question");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("--vite"), result.err());
  }

  @Test
  void aMissingQuestionsFileOrGuidesPathExitsWithTwo(@TempDir Path data) {
    CliRunner.Result noFile = CliRunner.run("ask", "--data", data.toString(), "--questions",
        data.resolve("absent.txt").toString());
    assertEquals(2, noFile.exitCode());
    assertTrue(noFile.err().contains("absent.txt"), noFile.err());
    CliRunner.Result noGuides = CliRunner.run("ask", "--data", data.toString(), "--guides",
        data.resolve("absent").toString(), "question");
    assertEquals(2, noGuides.exitCode());
    assertTrue(noGuides.err().contains("chemin introuvable"), noGuides.err());
  }

  /**
   * Runs {@code ask} with the LLM served by {@code server}: the command's package-private seam
   * stands in for ENTBOT_LLM_BASE_URL / ENTBOT_LLM_MODEL, which a test cannot set in-process.
   */
  private static CliRunner.Result runWithLlm(MockWebServer server, String... args) {
    LlmClient client = LlmClient.create(server.url("/v1").toString(), "mistral", null, Duration.ofSeconds(5));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new AskCommand(() -> Optional.of(client)))
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new CliRunner.Result(code, out.toString(), err.toString());
  }

  @Test
  void withAnLlmTheAnswerIsItsTextAndSaysSo(@TempDir Path data) throws Exception {
    String written = "Créez un groupe libre dans la console d'administration, puis ajoutez-y les AESH [1].";
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(LlmClientTest.completion(written));
      CliRunner.Result result = runWithLlm(server, "--data", data.toString(), "--json",
          "--guides", IndexCommandTest.GUIDES, "Comment créer un groupe libre pour les AESH dans l'ENTMIP ?");

      assertEquals(0, result.exitCode(), result.err());
      JsonNode answer = JSON.readTree(result.out());
      assertEquals("llm", answer.get("generatedBy").asText(), result.out());
      assertEquals(written, answer.get("answer").asText());
      assertTrue(answer.get("sources").size() >= 3);
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void withAnLlmAFileOfQuestionsAsksItOnlyForTheCoveredOnes(@TempDir Path data) throws Exception {
    Path questions = data.resolve("questions.txt");
    Files.writeString(questions, "Comment créer un groupe libre pour les AESH dans l'ENTMIP ?\n"
        + "comment créer un quiz dans Moodle ?\n");
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(LlmClientTest.completion("Passez par la gestion des groupes [1]."));
      server.enqueue(LlmClientTest.completion("Dans Moodle, ajoutez une activité Quiz [1]."));
      CliRunner.Result result = runWithLlm(server, "--data", data.toString(), "--json",
          "--guides", IndexCommandTest.GUIDES, "--questions", questions.toString());

      assertEquals(0, result.exitCode(), result.err());
      JsonNode results = JSON.readTree(result.out()).get("results");
      assertEquals("llm", results.get(0).get("generatedBy").asText());
      assertEquals("Passez par la gestion des groupes [1].", results.get(0).get("answer").asText());
      assertFalse(results.get(1).get("answered").asBoolean());
      assertEquals("extractive", results.get(1).get("generatedBy").asText());
      assertEquals(1, server.getRequestCount(), "the refused question never reaches the model");
    }
  }

  @Test
  void withAnLlmThatFailsTheAnswerIsExtractive(@TempDir Path data) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(503));
      CliRunner.Result result = runWithLlm(server, "--data", data.toString(), "--json",
          "--guides", IndexCommandTest.GUIDES, "Comment créer un groupe libre pour les AESH dans l'ENTMIP ?");

      assertEquals(0, result.exitCode(), result.err());
      JsonNode answer = JSON.readTree(result.out());
      assertTrue(answer.get("answered").asBoolean());
      assertEquals("extractive", answer.get("generatedBy").asText());
      assertTrue(answer.get("answer").asText().contains("["), result.out());
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void withoutAnLlmEveryAnswerIsExtractive(@TempDir Path data) throws Exception {
    Assumptions.assumeTrue(LlmClient.fromEnvironment().isEmpty(), "an LLM is configured in this shell");
    CliRunner.Result result = CliRunner.run("ask", "--data", data.toString(), "--json",
        "--guides", IndexCommandTest.GUIDES, "Comment créer un groupe libre pour les AESH dans l'ENTMIP ?");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("extractive", JSON.readTree(result.out()).get("generatedBy").asText());
  }
}
