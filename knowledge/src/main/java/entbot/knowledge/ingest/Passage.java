package entbot.knowledge.ingest;

import java.util.Objects;

/**
 * One retrievable piece of a guide: its text and the heading path it sits under
 * ("Formation administrateur Skolengo > 3. Rédiger un ticket d'incident").
 */
public record Passage(String document, String section, String text) {
  public Passage {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("passage text is blank in " + document + " / " + section);
    }
  }
}
