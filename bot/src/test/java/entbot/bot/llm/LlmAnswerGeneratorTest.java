package entbot.bot.llm;

import static entbot.bot.llm.LlmClientTest.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.bot.BotException;
import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmAnswerGeneratorTest {
  /** A small guide, indexed for real, so the KnowledgeBase tests go through search and refusal. */
  static final String GUIDE = """
      # Guide de l'administrateur

      ## Réinitialiser le mot de passe d'un élève

      Dans la console d'administration, ouvrez Gestion des comptes, cherchez l'élève par son nom,
      puis cliquez sur Réinitialiser le mot de passe. Un nouveau mot de passe provisoire est affiché :
      remettez-le à l'élève, qui devra le changer à sa première connexion.

      ## Créer un groupe libre

      Dans Gestion des groupes, cliquez sur Nouveau groupe libre, donnez-lui un nom, puis ajoutez les
      membres un par un ou par classe entière. Le groupe apparaît ensuite dans la messagerie.

      ## Activer le cahier de textes

      Le cahier de textes s'active dans Paramètres de l'établissement, rubrique Services, en cochant
      Cahier de textes pour les profils enseignant et élève.
      """;
  static final String QUESTION = "comment réinitialiser le mot de passe d'un élève ?";
  static final String UNCOVERED = "comment créer un quiz dans Moodle ?";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Source> SOURCES = List.of(
      new Source(1, "guide.md", "Comptes > Mot de passe", "Cliquez sur Réinitialiser le mot de passe.", 3.2),
      new Source(2, "guide.md", "Groupes", "Cliquez sur Nouveau groupe libre.", 1.1));

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

  private LlmAnswerGenerator generator(Duration timeout) {
    return new LlmAnswerGenerator(LlmClient.create(server.url("/v1").toString(), "mistral", null, timeout));
  }

  private LlmAnswerGenerator generator() {
    return generator(Duration.ofSeconds(5));
  }

  private static KnowledgeBase indexedKnowledge(Path data) throws Exception {
    Path guides = Files.createDirectories(data.resolve("guides"));
    Files.writeString(guides.resolve("comptes.md"), GUIDE);
    KnowledgeBase knowledge = KnowledgeBase.open(data);
    knowledge.index(List.of(guides), message -> {});
    return knowledge;
  }

  @Test
  void sendsTheFrenchInstructionsTheQuestionAndTheNumberedPassages() throws Exception {
    server.enqueue(completion("Cliquez sur Réinitialiser le mot de passe [1]."));

    assertEquals("Cliquez sur Réinitialiser le mot de passe [1].", generator().generate(QUESTION, SOURCES));

    JsonNode messages = JSON.readTree(server.takeRequest().getBody().readUtf8()).get("messages");
    assertEquals("system", messages.get(0).get("role").asText());
    assertTrue(messages.get(0).get("content").asText().contains("uniquement à partir des sources"));
    String user = messages.get(1).get("content").asText();
    assertTrue(user.contains("Question : " + QUESTION), user);
    assertTrue(user.contains("[1] guide.md > Comptes > Mot de passe :\nCliquez sur Réinitialiser le mot de passe."), user);
    assertTrue(user.contains("[2] guide.md > Groupes :\nCliquez sur Nouveau groupe libre."), user);
  }

  @Test
  void cutsAVeryLongPassageInThePrompt() {
    String longText = "mot ".repeat(1000);
    String prompt = LlmAnswerGenerator.userPrompt("q ?", List.of(new Source(1, "g.md", "S", longText, 1)));
    assertTrue(prompt.length() < LlmAnswerGenerator.MAX_PASSAGE_CHARS + 100, "prompt of " + prompt.length());
    assertTrue(prompt.contains("[…]"));
  }

  @Test
  void dropsTheReasoningBlockOfAThinkingModel() throws Exception {
    server.enqueue(completion("<think>L'élève... la source 1 parle de ça.</think>\nCliquez sur Réinitialiser [1]."));
    assertEquals("Cliquez sur Réinitialiser [1].", generator().generate(QUESTION, SOURCES));
  }

  @Test
  void acceptsGroupedReferences() throws Exception {
    server.enqueue(completion("Réinitialisez le mot de passe [1, 2]."));
    assertEquals("Réinitialisez le mot de passe [1, 2].", generator().generate(QUESTION, SOURCES));
  }

  @Test
  void refusesAnAnswerThatCitesNoSource() throws Exception {
    server.enqueue(completion("Cliquez sur Réinitialiser le mot de passe."));
    assertThrows(BotException.class, () -> generator().generate(QUESTION, SOURCES));
  }

  @Test
  void aModelSayingThePassagesDoNotAnswerLeavesTheSearchVerdictStanding() throws Exception {
    server.enqueue(completion("Les sources fournies ne répondent pas à cette question."));
    assertThrows(BotException.class, () -> generator().generate(QUESTION, SOURCES));
    String system = JSON.readTree(server.takeRequest().getBody().readUtf8()).get("messages").get(0).get("content").asText();
    assertTrue(system.contains("sans numéro de source"), system);
  }

  @Test
  void refusesAnAnswerThatCitesASourceItWasNotGiven() throws Exception {
    server.enqueue(completion("Cliquez sur Réinitialiser [1], puis validez [7]."));
    assertThrows(BotException.class, () -> generator().generate(QUESTION, SOURCES));
  }

  @Test
  void refusesAnAnswerLongerThanTheCap() throws Exception {
    server.enqueue(completion("Cliquez [1]. " + "Et ensuite encore. ".repeat(100)));
    assertThrows(BotException.class, () -> generator().generate(QUESTION, SOURCES));
  }

  @Test
  void refusesToAskTheModelWithoutAnyPassage() {
    assertThrows(BotException.class, () -> generator().generate(QUESTION, List.of()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aGoodAnswerFromTheModelIsTheAnswerOfTheKnowledgeBase(@TempDir Path data) throws Exception {
    String written = "Ouvrez Gestion des comptes, cherchez l'élève, puis cliquez sur Réinitialiser le mot de passe [1].";
    server.enqueue(completion(written));
    try (KnowledgeBase knowledge = indexedKnowledge(data)) {
      Answer answer = knowledge.ask(QUESTION, generator());

      assertTrue(answer.answered());
      assertEquals(Answer.LLM, answer.generatedBy());
      assertEquals(written, answer.answer());
      assertFalse(answer.sources().isEmpty());
      String user = JSON.readTree(server.takeRequest().getBody().readUtf8()).get("messages").get(1).get("content").asText();
      assertTrue(user.contains("[1] comptes.md > "), user);
      assertTrue(user.contains(answer.sources().get(0).text().strip()), user);
    }
  }

  @Test
  void aServerErrorKeepsTheExtractiveAnswer(@TempDir Path data) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"boom\"}"));
    assertFallsBackToTheExtractiveAnswer(data, generator());
  }

  @Test
  void aTimeoutKeepsTheExtractiveAnswer(@TempDir Path data) throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    assertFallsBackToTheExtractiveAnswer(data, generator(Duration.ofMillis(500)));
  }

  @Test
  void anAnswerWithoutReferencesKeepsTheExtractiveAnswer(@TempDir Path data) throws Exception {
    server.enqueue(completion("Il suffit de demander à l'élève de cliquer sur Mot de passe oublié."));
    assertFallsBackToTheExtractiveAnswer(data, generator());
  }

  private void assertFallsBackToTheExtractiveAnswer(Path data, LlmAnswerGenerator generator) throws Exception {
    try (KnowledgeBase knowledge = indexedKnowledge(data)) {
      Answer withModel = knowledge.ask(QUESTION, generator);
      Answer withoutModel = knowledge.ask(QUESTION);

      assertEquals(1, server.getRequestCount(), "the model was asked once");
      assertTrue(withModel.answered());
      assertEquals(Answer.EXTRACTIVE, withModel.generatedBy());
      assertEquals(withoutModel.answer(), withModel.answer());
      assertTrue(withModel.answer().contains("[1]"), withModel.answer());
    }
  }

  @Test
  void aRefusedQuestionStaysRefusedWithoutAskingTheModel(@TempDir Path data) throws Exception {
    server.enqueue(completion("Dans Moodle, cliquez sur Ajouter un quiz [1]."));
    try (KnowledgeBase knowledge = indexedKnowledge(data)) {
      Answer answer = knowledge.ask(UNCOVERED, generator());

      assertFalse(answer.answered());
      assertEquals(Answer.EXTRACTIVE, answer.generatedBy());
      assertNotEquals("Dans Moodle, cliquez sur Ajouter un quiz [1].", answer.answer());
      assertEquals(0, server.getRequestCount());
    }
  }
}
