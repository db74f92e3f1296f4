package entbot.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** {@code .docx} with Apache POI: "Heading n" / "Titre n" styles become Markdown headings. */
final class DocxReader implements DocumentReader {
  @Override
  public String read(byte[] content) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      StringBuilder text = new StringBuilder();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          int level = headingLevel(paragraph.getStyle());
          if (level > 0) {
            text.append('\n').append("#".repeat(level)).append(' ');
          }
          text.append(paragraph.getText()).append(level > 0 ? "\n\n" : "\n");
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
              line.append(line.length() == 0 ? "" : "\t").append(cell.getText().replace('\n', ' '));
            }
            text.append(line).append('\n');
          }
          text.append('\n');
        }
      }
      return text.toString();
    }
  }

  /** Word style ids are "Heading1" in English documents and "Titre1" in French ones. */
  private static int headingLevel(String style) {
    if (style == null) {
      return 0;
    }
    String lower = style.toLowerCase(Locale.ROOT).replace(" ", "");
    for (String prefix : new String[] {"heading", "titre", "title"}) {
      if (lower.startsWith(prefix)) {
        String digits = lower.substring(prefix.length());
        if (digits.isEmpty()) {
          return 1;
        }
        if (digits.chars().allMatch(Character::isDigit)) {
          return Math.min(6, Math.max(1, Integer.parseInt(digits)));
        }
      }
    }
    return 0;
  }
}
