package entbot.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.bot.BotException;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class LlmClientTest {
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

  /** An OpenAI chat-completions answer whose message content is {@code content}. */
  public static MockResponse completion(String content) throws Exception {
    String quoted = new ObjectMapper().writeValueAsString(content);
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"mistral\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quoted + "},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}");
  }

  @Test
  void sendsTheSystemAndUserMessagesToTheChatCompletionsEndpoint() throws Exception {
    server.enqueue(completion("Bonjour !"));
    LlmClient client = LlmClient.create(server.url("/v1").toString(), "mistral", null, Duration.ofSeconds(5));

    assertEquals("Bonjour !", client.complete("Tu es poli.", "Salue-moi"));

    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/chat/completions", request.getPath());
    String body = request.getBody().readUtf8();
    assertEquals("mistral", new ObjectMapper().readTree(body).get("model").asText(), body);
    assertTrue(body.contains("Tu es poli.") && body.contains("Salue-moi"), body);
  }

  @Test
  void turnsAServerErrorIntoAFrenchFailure() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"boom\"}"));
    LlmClient client = LlmClient.create(server.url("/v1").toString(), "mistral", "k", Duration.ofSeconds(5));

    BotException e = assertThrows(BotException.class, () -> client.complete("s", "u"));
    assertTrue(e.getMessage().contains("modèle de langage"), e.getMessage());
  }

  @Test
  void refusesANonPositiveTimeout() {
    assertThrows(BotException.class, () -> LlmClient.create("http://localhost:1/v1", "m", null, Duration.ZERO));
  }
}
