package entbot.knowledge.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case-, accent- and whitespace-insensitive form of a text, for comparing passages and facts. */
public final class TextNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextNormalizer() {}

  /** Lower-cased, accents removed ("Rédacteur" → "redacteur"). */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** {@link #fold} with runs of whitespace collapsed to one space and the ends trimmed. */
  public static String normalize(String text) {
    return SPACES.matcher(fold(text)).replaceAll(" ").strip();
  }
}
