package entbot.bot.chat.runtime;

import entbot.bot.chat.KnowledgePort;
import entbot.bot.chat.ProcedurePort;
import entbot.bot.chat.TicketPort;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens each feature behind its chat port. A feature missing from this build stands in as
 * {@link UnavailableFeature}, so the bot still starts and says what it cannot do.
 */
final class Features {
  private Features() {}

  static KnowledgePort knowledge(Path dataDir, List<AutoCloseable> opened) {
    return new UnavailableFeature("La recherche dans les guides");
  }

  static ProcedurePort procedures(Path dataDir, List<AutoCloseable> opened) {
    return new UnavailableFeature("Le moteur de procédures");
  }

  static TicketPort tickets(Path dataDir, List<AutoCloseable> opened) {
    return new UnavailableFeature("La rédaction de tickets");
  }
}
