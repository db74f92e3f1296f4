/**
 * Search over the passage index. Entry point: {@link entbot.knowledge.search.PassageSearcher}
 * (BM25 on the French analysis, glossary synonyms at query time, spelling correction only for
 * question words the index does not know, and a coverage measure used to refuse).
 */
package entbot.knowledge.search;
