package entbot.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** {@code .html} with jsoup: headings become Markdown headings, table rows tab-separated lines. */
final class HtmlReader implements DocumentReader {
  @Override
  public String read(byte[] content) throws IOException {
    // A null charset lets jsoup read it from the BOM or the meta tag, defaulting to UTF-8.
    Document html = Jsoup.parse(new ByteArrayInputStream(content), null, "");
    html.select("script, style, nav, noscript").remove();
    StringBuilder text = new StringBuilder();
    String title = html.title();
    if (!title.isBlank()) {
      text.append("# ").append(title.strip()).append("\n\n");
    }
    for (Element element : html.body().select("h1, h2, h3, h4, h5, h6, p, li, tr, pre")) {
      String tag = element.normalName();
      if (tag.startsWith("h") && tag.length() == 2) {
        int level = tag.charAt(1) - '0';
        text.append("\n").append("#".repeat(level)).append(' ').append(element.text()).append("\n\n");
      } else if (tag.equals("tr")) {
        text.append(String.join("\t", element.select("th, td").eachText())).append('\n');
      } else if (!element.parents().is("li, tr") && !element.text().isBlank()) {
        text.append(tag.equals("li") ? "- " : "").append(element.text()).append('\n');
      }
    }
    return text.toString();
  }
}
