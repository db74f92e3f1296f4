/**
 * The optional LLM: {@link entbot.bot.llm.LlmClient} (LangChain4j, OpenAI-compatible endpoint) and
 * {@link entbot.bot.llm.LlmAnswerGenerator}, which writes {@code ask} answers with it.
 */
package entbot.bot.llm;
