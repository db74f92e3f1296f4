package entbot.knowledge.search;

import java.util.Objects;
import org.apache.lucene.search.Query;

/** A {@link Concept} with the Lucene query that finds it. */
record PlannedConcept(Concept concept, Query query) {
  PlannedConcept {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(query, "query");
  }
}
