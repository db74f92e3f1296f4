package entbot.knowledge.search;

import java.util.Objects;

/**
 * One retrieved passage with its BM25 score and its coverage of the question (rarity-weighted share
 * of the question's concepts it contains, in [0, 1]).
 */
public record Hit(String document, String section, String text, double score, double coverage) {
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    if (coverage < 0 || coverage > 1.0000001) {
      throw new IllegalArgumentException("coverage must be within [0, 1], got " + coverage);
    }
  }
}
