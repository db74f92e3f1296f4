package entbot.knowledge.search;

import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * One idea of the question: a word with its glossary synonyms (or its spelling corrections), as a
 * query, with its weight (the inverse document frequency of its rarest form) and its index terms.
 */
record Concept(Query query, double weight, Set<String> terms, boolean corrected) {
  Concept {
    Objects.requireNonNull(query, "query");
    terms = Set.copyOf(terms);
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("concept weight must be >= 0, got " + weight);
    }
  }
}
