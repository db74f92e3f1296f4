package entbot.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.KnowledgeException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class IngestionTest {
  private static final String BODY = "Le groupe des AESH reçoit le rôle Visiteur sur la rubrique Classes. ";

  @Test
  void readsMarkdownWithItsHeadings() {
    List<Passage> passages = Ingestion.passages(file("fiche.md",
        ("# Fiche AESH\n\n## Droits\n\n" + BODY.repeat(8)).getBytes(StandardCharsets.UTF_8)));
    assertEquals("Fiche AESH > Droits", passages.get(0).section());
  }

  @Test
  void readsHtmlHeadingsAndTableRows() {
    String html = "<html><head><title>Guide</title></head><body><h2>Droits</h2><p>" + BODY.repeat(8)
        + "</p><table><tr><td>GD_AESH</td><td>Visiteur</td></tr></table></body></html>";
    Passage passage = Ingestion.passages(file("guide.html", html.getBytes(StandardCharsets.UTF_8))).get(0);
    assertEquals("Guide > Droits", passage.section());
    assertTrue(passage.text().contains("GD_AESH\tVisiteur"), passage.text());
  }

  @Test
  void readsDocxHeadingStyles() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Heading1");
      title.createRun().setText("Droits des AESH");
      doc.createParagraph().createRun().setText(BODY.repeat(8));
      doc.write(bytes);
    }
    Passage passage = Ingestion.passages(file("guide.docx", bytes.toByteArray())).get(0);
    assertTrue(passage.text().contains("rôle Visiteur"), passage.text());
    assertTrue(passage.section().startsWith("Droits des AESH"), passage.section());
  }

  @Test
  void readsPdfText() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("Le role Gestionnaire sur l'Espace AESH 310.");
        content.endText();
      }
      doc.save(bytes);
    }
    Passage passage = Ingestion.passages(file("guide.pdf", bytes.toByteArray())).get(0);
    assertTrue(passage.text().contains("Gestionnaire sur l'Espace AESH 310"), passage.text());
  }

  @Test
  void aCorruptFileIsReportedByName() {
    KnowledgeException error = assertThrows(KnowledgeException.class,
        () -> Ingestion.passages(file("abime.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))));
    assertTrue(error.getMessage().contains("abime.pdf"), error.getMessage());
  }

  @Test
  void anUnsupportedFormatIsBadInput() {
    KnowledgeException error = assertThrows(KnowledgeException.class,
        () -> Ingestion.passages(file("photo.png", new byte[] {1, 2, 3})));
    assertTrue(error.isBadInput());
  }

  private static GuideFile file(String name, byte[] content) {
    return new GuideFile("/tmp/" + name, name, content);
  }
}
