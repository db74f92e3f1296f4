package entbot.bot.chat;

import java.util.List;
import java.util.Objects;

/** What the chat needs from the knowledge base: an answer from the guides, with its sources. */
public interface KnowledgePort {
  GuideAnswer ask(String question);

  /** An answer; {@code answered} is false when the guides do not cover the question. */
  record GuideAnswer(boolean answered, String answer, List<GuideSource> sources) {
    public GuideAnswer {
      Objects.requireNonNull(answer, "answer");
      sources = List.copyOf(sources);
    }
  }

  /** One cited passage. */
  record GuideSource(int rank, String document, String section) {
    public GuideSource {
      Objects.requireNonNull(document, "document");
      section = section == null ? "" : section;
    }
  }
}
