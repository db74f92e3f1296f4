package entbot.procedures.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
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

  /**
   * Smallest share of a name part (first or last name) that must be right for two names to be the
   * same person mistyped: 1 typo in 4 letters, 2 in 8. Measured on the demo school, a whole-name
   * ratio alone cannot tell "Fredric Dupond" (0.87 from "Frédéric Dupont") from two distinct people
   * such as "Frédéric Colin" and "Frédéric Robin" (0.86): the typos of real look-alikes are spread
   * thin over both parts, while different people differ a lot in one part.
   */
  public static final double PART_SIMILARITY = 0.75;
  /** Smallest whole-name similarity: caps the total, at most 1 typo below 14 characters, 2 up to 20. */
  public static final double NAME_SIMILARITY = 0.85;

  /**
   * How many typos separate a typed name from an account's name when they look like the same
   * person, empty when they do not. Admins type names in either order, so the swapped order counts
   * too, but never as an exact match (at least 1): an inverted name is for a human to confirm.
   */
  public static OptionalInt typos(String first, String last, String otherFirst, String otherLast) {
    String f = normalize(first);
    String l = normalize(last);
    String of = normalize(otherFirst);
    String ol = normalize(otherLast);
    OptionalInt straight = alike(f, l, of, ol);
    OptionalInt swapped = alike(l, f, of, ol);
    if (swapped.isPresent()) {
      int inverted = Math.max(1, swapped.getAsInt());
      return straight.isPresent() && straight.getAsInt() <= inverted ? straight : OptionalInt.of(inverted);
    }
    return straight;
  }

  private static OptionalInt alike(String first, String last, String otherFirst, String otherLast) {
    int firstTypos = distance(first, otherFirst);
    int lastTypos = distance(last, otherLast);
    int length = Math.max(first.length() + last.length(), otherFirst.length() + otherLast.length()) + 1;
    boolean alike = ratio(firstTypos, first, otherFirst) >= PART_SIMILARITY
        && ratio(lastTypos, last, otherLast) >= PART_SIMILARITY
        && 1.0 - (double) (firstTypos + lastTypos) / length >= NAME_SIMILARITY;
    return alike ? OptionalInt.of(firstTypos + lastTypos) : OptionalInt.empty();
  }

  private static double ratio(int typos, String a, String b) {
    return 1.0 - (double) typos / Math.max(1, Math.max(a.length(), b.length()));
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
