package entbot.knowledge.search;

import java.util.Objects;
import org.apache.lucene.search.Query;

/** A {@link Concept} with the Lucene query that finds it. */
record PlannedConcept(Concept concept, Query query) {
  PlannedConcept {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(query, "query");
  }

  /** The same concept, marked as named by the question. */
  PlannedConcept asName() {
    return new PlannedConcept(new Concept(concept.alternatives(), concept.weight(),
        concept.known(), concept.corrected(), true), query);
  }
}
