package entbot.knowledge.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader for each supported extension. */
public final class DocumentReaders {
  static {
    // PDFBox and POI log through Log4j's API, which has no provider here and would print a warning
    // on stderr (polluting the CLI's output); their errors reach the user as our French warnings.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }

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
