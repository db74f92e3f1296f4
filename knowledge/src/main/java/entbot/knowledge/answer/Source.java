package entbot.knowledge.answer;

import java.util.Objects;

/** A cited passage: its rank (1 = best), file name, heading path, full text and search score. */
public record Source(int rank, String document, String section, String text, double score) {
  public Source {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
  }
}
