package entbot.knowledge.ingest;

import java.io.IOException;

/**
 * Extracts the text of one file format. Headings are rendered as Markdown ({@code ## Title}) and
 * table rows as tab-separated lines, so that the splitter sees one structure whatever the format.
 */
public interface DocumentReader {
  String read(byte[] content) throws IOException;
}
