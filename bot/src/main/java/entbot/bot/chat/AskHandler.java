package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.bot.chat.KnowledgePort.GuideAnswer;
import entbot.bot.chat.KnowledgePort.GuideSource;

/** {@code /ask}: an answer from the guides with its sources; says so when they do not cover it. */
final class AskHandler {
  private static final int SOURCES_SHOWN = 3;

  private final KnowledgePort knowledge;

  AskHandler(KnowledgePort knowledge) {
    this.knowledge = knowledge;
  }

  Reply ask(String question) {
    if (question.isBlank()) {
      throw BotException.badInput("Posez votre question après /ask, par exemple : "
          + "/ask Comment importer les identifiants Pronote ?");
    }
    GuideAnswer answer = knowledge.ask(question);
    // When the guides do not cover the question, the answer itself says so plainly.
    StringBuilder text = new StringBuilder(answer.answer().strip());
    if (!answer.sources().isEmpty()) {
      text.append(answer.answered() ? "\n\nSources :" : "\n\nPassages les plus proches :");
      answer.sources().stream().limit(SOURCES_SHOWN).forEach(source -> text.append("\n")
          .append(citation(source)));
    }
    return Reply.of(text.toString());
  }

  static String citation(GuideSource source) {
    return "[" + source.rank() + "] " + source.document()
        + (source.section().isBlank() ? "" : " — " + source.section());
  }
}
