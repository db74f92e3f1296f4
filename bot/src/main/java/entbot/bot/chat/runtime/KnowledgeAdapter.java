package entbot.bot.chat.runtime;

import entbot.bot.chat.KnowledgePort;
import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.AnswerGenerator;

/**
 * The knowledge base behind the chat's {@code /ask}; {@code generator} is the optional LLM (null:
 * extractive answers only).
 */
final class KnowledgeAdapter implements KnowledgePort {
  private final KnowledgeBase base;
  private final AnswerGenerator generator;

  KnowledgeAdapter(KnowledgeBase base, AnswerGenerator generator) {
    this.base = base;
    this.generator = generator;
  }

  @Override
  public GuideAnswer ask(String question) {
    Answer answer = base.ask(question, generator);
    return new GuideAnswer(answer.answered(), answer.answer(), answer.sources().stream()
        .map(s -> new GuideSource(s.rank(), s.document(), s.section())).toList());
  }
}
