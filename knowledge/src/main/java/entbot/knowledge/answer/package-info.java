/**
 * Answers built from retrieved passages. Entry point:
 * {@link entbot.knowledge.answer.ExtractiveAnswerer} (the sentences or steps that answer, fact
 * first, with [n] references); {@link entbot.knowledge.answer.RefusalPolicy} decides when the
 * guides do not cover a question; an optional {@link entbot.knowledge.answer.AnswerGenerator}
 * (an LLM) may rewrite the answer from the same sources.
 */
package entbot.knowledge.answer;
