/**
 * Answers ENT admin questions from the procedure guides. Entry point:
 * {@link entbot.knowledge.KnowledgeBase}. Data flow: file → reader → passages
 * ({@code ingest}) → French analyzer ({@code analysis}) → Lucene index ({@code index}) → search
 * ({@code search}) → answer ({@code answer}).
 */
package entbot.knowledge;
