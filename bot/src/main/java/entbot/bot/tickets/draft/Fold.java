package entbot.bot.tickets.draft;

import java.text.Normalizer;

/**
 * Folds French text for matching: lower case, accents removed, typographic apostrophes
 * straightened. Folding keeps every character at its index, so a match found in the folded text
 * points at the same span of the original.
 */
public final class Fold {
  private Fold() {}

  public static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      out[i] = foldChar(text.charAt(i));
    }
    return new String(out);
  }

  private static char foldChar(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`') {
      return '\'';
    }
    if (c == '\u00A0' || c == '\u202F') {
      return ' ';
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }
}
