/**
 * The Lucene index of passages under {@code DATA/index}. Entry point:
 * {@link entbot.knowledge.index.GuideIndexer} (incremental by content hash, one commit per run).
 */
package entbot.knowledge.index;
