package entbot.procedures.model;

import entbot.procedures.ProcedureException;
import java.util.regex.Pattern;

/** A school's UAI (formerly RNE): seven digits and a letter, e.g. {@code 0820588U}. */
public record Uai(String value) {
  private static final Pattern FORMAT = Pattern.compile("[0-9]{7}[A-Z]");

  public Uai {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ProcedureException.badInput("UAI invalide : « " + value
          + " » (attendu : 7 chiffres puis une lettre majuscule, par exemple 0820588U).");
    }
  }

  public static boolean looksLikeOne(String text) {
    return text != null && FORMAT.matcher(text.trim().toUpperCase()).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
