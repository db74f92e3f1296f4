/** The optional LLM: {@link entbot.bot.llm.LlmClient} (LangChain4j, OpenAI-compatible endpoint). */
package entbot.bot.llm;
