package entbot.bot.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * A person named in a report: first and last name as far as they could be told apart, the
 * civility when one was written ({@code M.}, {@code Mme}) and the ENT profile ({@code Élève},
 * {@code Parent}, {@code Enseignant}, {@code AESH}...), null when the report does not say it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(String firstName, String lastName, String civility, String profile) {
  public Person {
    firstName = blankToNull(firstName);
    lastName = blankToNull(lastName);
    if (firstName == null && lastName == null) {
      throw new IllegalArgumentException("a person needs a first or a last name, got neither");
    }
    civility = blankToNull(civility);
    profile = blankToNull(profile);
  }

  /** The name as a French reader expects it: "Margaux Perrot", "Mme Mohamed". */
  public String displayName() {
    StringBuilder name = new StringBuilder();
    if (firstName == null && civility != null) {
      name.append(civility).append(' ');
    }
    if (firstName != null) {
      name.append(firstName);
    }
    if (lastName != null) {
      name.append(name.isEmpty() || name.charAt(name.length() - 1) == ' ' ? "" : " ").append(lastName);
    }
    return name.toString().trim();
  }

  /**
   * A key that ignores case, accents and the order of the names, so "Dimitaux Christophe" and
   * "christophe DIMITAUX" are the same person (used for duplicates and for scoring).
   */
  public String key() {
    String a = fold(firstName);
    String b = fold(lastName);
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  public Person withProfile(String newProfile) {
    return new Person(firstName, lastName, civility, newProfile);
  }

  private static String fold(String s) {
    if (s == null) {
      return "";
    }
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
