package entbot.knowledge.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * The raw bytes of one guide and where they come from. {@code key} identifies the file across runs
 * (absolute path, or {@code bundled:NAME} for a guide shipped in the jar); {@code name} is what a
 * citation shows (the file name without folder).
 */
public record GuideFile(String key, String name, byte[] content) {
  public GuideFile {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (key.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("guide key and name must not be blank: '" + key + "'");
    }
  }

  /** Lower-cased extension without the dot ("pdf"), or "" when the name has none. */
  public String extension() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
