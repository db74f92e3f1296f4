package entbot.procedures.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name handling as the ENT does it: comparison keys without accents or case, the login base
 * {@code prenom.nom}, and a small edit distance to catch typos when looking for an existing account.
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LOGIN = Pattern.compile("[^a-z0-9-]+");

  private Names() {}

  /** Lower case, accents removed, apostrophes, hyphens and runs of spaces folded to one space. */
  public static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("")
        .replace('œ', 'o').replace('Œ', 'O').replace('æ', 'a').replace('Æ', 'A')
        .toLowerCase(Locale.ROOT);
    return plain.replaceAll("['’\\-_\\s]+", " ").strip();
  }

  /** The login the ENT generates from the names, before any collision number: "frederic.dupont". */
  public static String loginBase(String firstName, String lastName) {
    return loginPart(firstName) + "." + loginPart(lastName);
  }

  private static String loginPart(String name) {
    // Apostrophes vanish (N'Diaye -> ndiaye); spaces and hyphens become one hyphen (Le Gall -> le-gall).
    String part = NOT_LOGIN.matcher(normalize(name.replaceAll("['’]", "")).replace(' ', '-')).replaceAll("");
    return part.isEmpty() ? "x" : part;
  }

  /** Damerau-Levenshtein distance (optimal string alignment), enough to spot one or two typos. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
