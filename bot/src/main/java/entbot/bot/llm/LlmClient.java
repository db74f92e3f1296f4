package entbot.bot.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import entbot.bot.BotException;
import java.time.Duration;
import java.util.Optional;

/**
 * The optional language model: any OpenAI-compatible chat endpoint (Ollama, vLLM, a hosted API)
 * reached through LangChain4j. Configured by {@code ENTBOT_LLM_BASE_URL}, {@code ENTBOT_LLM_MODEL},
 * {@code ENTBOT_LLM_API_KEY} (optional) and {@code ENTBOT_LLM_TIMEOUT_S} (default 30). Callers
 * must work without it and fall back to their rules when {@link #complete} fails.
 */
public final class LlmClient {
  private static final int DEFAULT_TIMEOUT_S = 30;

  private final ChatModel model;
  private final String modelName;

  private LlmClient(ChatModel model, String modelName) {
    this.model = model;
    this.modelName = modelName;
  }

  /** The client the environment describes, or empty when no LLM is configured. */
  public static Optional<LlmClient> fromEnvironment() {
    String baseUrl = System.getenv("ENTBOT_LLM_BASE_URL");
    String model = System.getenv("ENTBOT_LLM_MODEL");
    if (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank()) {
      return Optional.empty();
    }
    String timeout = System.getenv("ENTBOT_LLM_TIMEOUT_S");
    int seconds;
    try {
      seconds = timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT_S : Integer.parseInt(timeout.strip());
    } catch (NumberFormatException e) {
      throw BotException.badInput("ENTBOT_LLM_TIMEOUT_S doit être un nombre de secondes, pas « " + timeout + " ».");
    }
    return Optional.of(create(baseUrl, model, System.getenv("ENTBOT_LLM_API_KEY"), Duration.ofSeconds(seconds)));
  }

  public static LlmClient create(String baseUrl, String model, String apiKey, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw BotException.badInput("le délai du modèle de langage doit être positif, pas " + timeout + ".");
    }
    ChatModel chat = OpenAiChatModel.builder()
        .baseUrl(baseUrl)
        .modelName(model)
        // Local servers (Ollama) ignore the key but the OpenAI client wants one.
        .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
        .timeout(timeout)
        .maxRetries(0)
        .temperature(0.2)
        .build();
    return new LlmClient(chat, model);
  }

  /** The model's answer to {@code user} under the {@code system} instructions. */
  public String complete(String system, String user) {
    try {
      String text = model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
      if (text == null || text.isBlank()) {
        throw BotException.failure("Le modèle de langage " + modelName + " a répondu vide.", null);
      }
      return text;
    } catch (BotException e) {
      throw e;
    } catch (RuntimeException e) {
      throw BotException.failure("Le modèle de langage " + modelName + " n'a pas répondu correctement.", e);
    }
  }
}
