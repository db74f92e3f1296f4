package entbot.knowledge.ingest;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The ingestion pipeline for one file: read (by extension) → clean OCR noise → split along headings.
 * A file that cannot be read throws {@link KnowledgeException} naming it; the caller skips it.
 */
public final class Ingestion {
  private Ingestion() {}

  public static List<Passage> passages(GuideFile file) {
    DocumentReader reader = DocumentReaders.forExtension(file.extension()).orElseThrow(
        () -> KnowledgeException.badInput("format non pris en charge : « " + file.name()
            + " » (formats acceptés : " + String.join(", ", DocumentReaders.extensions()) + ")."));
    String text;
    try {
      text = reader.read(file.content());
    } catch (IOException | RuntimeException e) {
      throw KnowledgeException.failure("fichier illisible ou corrompu : « " + file.name() + " ».", e);
    }
    List<String> lines = OcrCleaner.clean(text);
    return PassageSplitter.split(file.name(), title(file.name(), lines), lines);
  }

  /**
   * The document title heads every citation: the first line when it reads like a title (short, not
   * a numbered heading), else the file name made readable.
   */
  static String title(String fileName, List<String> lines) {
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String first = line.strip();
      if (first.startsWith("# ")) {
        return first.substring(2).strip();
      }
      if (first.length() <= 90 && Heading.parse(first).isEmpty() && !first.contains("\t")) {
        return first.replace("**", "");
      }
      break;
    }
    String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String readable = base.replace('-', ' ').replace('_', ' ').strip();
    return readable.isEmpty() ? fileName
        : readable.substring(0, 1).toUpperCase(Locale.ROOT) + readable.substring(1);
  }
}
