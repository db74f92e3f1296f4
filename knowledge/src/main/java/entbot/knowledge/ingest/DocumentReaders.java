package entbot.knowledge.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader for each supported extension. */
public final class DocumentReaders {
  private static final Map<String, DocumentReader> BY_EXTENSION = Map.of(
      "txt", new PlainTextReader(),
      "md", new PlainTextReader(),
      "pdf", new PdfReader(),
      "html", new HtmlReader(),
      "htm", new HtmlReader(),
      "docx", new DocxReader());

  private DocumentReaders() {}

  public static Set<String> extensions() {
    return BY_EXTENSION.keySet();
  }

  public static boolean supports(String extension) {
    return BY_EXTENSION.containsKey(extension);
  }

  public static Optional<DocumentReader> forExtension(String extension) {
    return Optional.ofNullable(BY_EXTENSION.get(extension));
  }
}
