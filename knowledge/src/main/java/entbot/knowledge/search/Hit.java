package entbot.knowledge.search;

import java.util.Objects;

/** One retrieved passage with its BM25 score. */
public record Hit(String document, String section, String text, double score) {
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
  }
}
