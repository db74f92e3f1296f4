package entbot.knowledge.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** {@code .pdf} with PDFBox; text in reading order (headings come through as plain lines). */
final class PdfReader implements DocumentReader {
  @Override
  public String read(byte[] content) throws IOException {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }
}
