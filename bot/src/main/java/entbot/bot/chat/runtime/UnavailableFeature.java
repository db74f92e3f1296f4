package entbot.bot.chat.runtime;

import entbot.bot.BotException;
import entbot.bot.chat.KnowledgePort;
import entbot.bot.chat.ProcedurePort;
import entbot.bot.chat.TicketPort;
import java.util.List;
import java.util.Map;

/**
 * Stands in for a feature that this build does not include (or that failed to open): every use
 * answers with one French sentence, and the rest of the bot keeps working.
 */
final class UnavailableFeature implements KnowledgePort, ProcedurePort, TicketPort {
  private final String what;

  UnavailableFeature(String what) {
    this.what = what;
  }

  private BotException unavailable() {
    return BotException.failure(what + " n'est pas disponible dans ce bot pour le moment.", null);
  }

  @Override public GuideAnswer ask(String question) { throw unavailable(); }
  @Override public List<ProcedureSummary> list() { throw unavailable(); }
  @Override public PlanView plan(String id, Map<String, String> params) { throw unavailable(); }
  @Override public RunView apply(String id, Map<String, String> params, String actor,
      String expectedFingerprint) { throw unavailable(); }
  @Override public List<RunView> history() { throw unavailable(); }
  @Override public RunView undo(String runId, String actor) { throw unavailable(); }
  @Override public List<String> classNames() { return List.of(); }
  @Override public List<TicketDraft> draft(String report) { throw unavailable(); }
  @Override public TicketDraft amend(String id, String answers) { throw unavailable(); }
  @Override public TicketDraft edit(String id, String title, String description) {
    throw unavailable();
  }
  @Override public TicketDraft attach(String id, String fileName, byte[] content) {
    throw unavailable();
  }
  @Override public void cancel(String id) { throw unavailable(); }
  @Override public SubmitReport submit(List<String> ids) { throw unavailable(); }
  @Override public String plainText(TicketDraft ticket) { throw unavailable(); }
}
