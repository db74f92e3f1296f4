package entbot.knowledge.answer;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one question. {@code answered} is false when the guides do not cover it; the
 * {@code answer} then says so plainly and {@code sources} still lists the closest passages.
 * {@code generatedBy} is "extractive" or "llm".
 */
public record Answer(String question, boolean answered, String answer, List<Source> sources,
    String generatedBy) {
  public static final String EXTRACTIVE = "extractive";
  public static final String LLM = "llm";

  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    sources = List.copyOf(sources);
    if (!EXTRACTIVE.equals(generatedBy) && !LLM.equals(generatedBy)) {
      throw new IllegalArgumentException("generatedBy must be extractive or llm, got " + generatedBy);
    }
  }
}
