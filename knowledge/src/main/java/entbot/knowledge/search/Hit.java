package entbot.knowledge.search;

import java.util.Objects;

/**
 * One retrieved passage with its relevance score (BM25 scaled to the best hit, plus the re-ranking
 * terms; sources are ordered by it), its coverage of the question (rarity-weighted share of
 * the question's concepts it contains, in [0, 1]) and its proximity (the same share within its best
 * three consecutive lines); {@code namesPresent} tells whether it mentions every name the question
 * names ("Moodle", "SIECLE").
 */
public record Hit(String document, String section, String text, double score, double coverage,
    double proximity, boolean namesPresent) {
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    if (coverage < 0 || coverage > 1.0000001) {
      throw new IllegalArgumentException("coverage must be within [0, 1], got " + coverage);
    }
    if (proximity < 0 || proximity > 1.0000001) {
      throw new IllegalArgumentException("proximity must be within [0, 1], got " + proximity);
    }
  }
}
