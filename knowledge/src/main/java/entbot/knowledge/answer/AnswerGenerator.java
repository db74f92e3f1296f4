package entbot.knowledge.answer;

import java.util.List;

/**
 * Optional hook for an LLM that writes the answer from the retrieved sources (in French, with [n]
 * references). Any exception or blank result falls back to the extractive answer.
 */
public interface AnswerGenerator {
  String generate(String question, List<Source> sources);
}
