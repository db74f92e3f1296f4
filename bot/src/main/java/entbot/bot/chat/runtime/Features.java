package entbot.bot.chat.runtime;

import entbot.bot.chat.KnowledgePort;
import entbot.bot.chat.ProcedurePort;
import entbot.bot.chat.TicketPort;
import entbot.bot.llm.LlmAnswerGenerator;
import entbot.bot.llm.LlmClient;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import entbot.knowledge.KnowledgeBase;
import entbot.procedures.ProcedureService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens each feature behind its chat port. A feature that cannot open (unreadable database, bad
 * setting) stands in as {@link UnavailableFeature}: the bot still starts, says what it cannot do,
 * and the log says why.
 */
final class Features {
  private static final Logger LOG = LoggerFactory.getLogger(Features.class);

  private Features() {}

  static KnowledgePort knowledge(Path dataDir, List<AutoCloseable> opened) {
    return open("La recherche dans les guides", () -> {
      KnowledgeBase base = KnowledgeBase.open(dataDir);
      opened.add(base);
      return new KnowledgeAdapter(base, llmGenerator());
    });
  }

  /** The optional LLM for answers; a bad LLM setting leaves the extractive answers, not no answers. */
  private static LlmAnswerGenerator llmGenerator() {
    try {
      return LlmClient.fromEnvironment().map(LlmAnswerGenerator::new).orElse(null);
    } catch (RuntimeException e) {
      LOG.warn("LLM non utilisé pour les réponses : {}", e.getMessage());
      return null;
    }
  }

  static ProcedurePort procedures(Path dataDir, List<AutoCloseable> opened) {
    return open("Le moteur de procédures", () -> {
      ProcedureService service = ProcedureService.open(dataDir);
      opened.add(service);
      return new ProcedureAdapter(service);
    });
  }

  static TicketPort tickets(Path dataDir, List<AutoCloseable> opened) {
    return open("La rédaction de tickets", () -> {
      TicketService service = TicketService.open(dataDir, TicketConfig.fromEnvironment());
      opened.add(service);
      return new TicketAdapter(service);
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> T open(String what, Supplier<T> opener) {
    try {
      return opener.get();
    } catch (RuntimeException e) {
      LOG.warn("{} n'a pas pu démarrer : {}", what, e.getMessage());
      return (T) new UnavailableFeature(what);
    }
  }
}
