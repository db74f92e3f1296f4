/**
 * Answers to ENT admin questions from the procedure guides. Entry point:
 * {@link entbot.knowledge.KnowledgeBase} (index, ask); the one exception of the module is
 * {@link entbot.knowledge.KnowledgeException}. Stages by package: {@code ingest} (readers, cleaning,
 * passages), {@code analysis} (French chain, glossary), {@code index}, {@code search}, {@code answer}.
 */
package entbot.knowledge;
