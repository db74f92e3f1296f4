package entbot.bot.tickets.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ENT profiles a report may give a person, and how to find the one written nearest a name. */
final class Profiles {
  private record Profile(String label, Pattern pattern) {}

  // Folded text; the longer phrases come first so "professeur documentaliste" is not "Enseignant".
  private static final List<Profile> PROFILES = List.of(
      new Profile("Documentaliste", Pattern.compile("\\b(professeure? )?documentalistes?\\b")),
      new Profile("CPE", Pattern.compile("\\b(cpe|conseill\\w+ principale? d.education)\\b")),
      new Profile("AESH", Pattern.compile("\\b(aesh|avs|accompagnante?s? d.eleves?)\\b")),
      new Profile("AED", Pattern.compile("\\b(aed|surveillante?s?|assistante?s? d.education)\\b")),
      new Profile("Responsable d'affectation GAR", Pattern.compile("\\bresponsables? d.affectation\\b")),
      new Profile("Élève", Pattern.compile("\\b(eleves?|collegien(ne)?s?|lyceen(ne)?s?)\\b")),
      new Profile("Parent", Pattern.compile(
          "\\b(parents?|mere|pere|maman|papa|responsables? lega(l|ux)|representante? lega(l|ux)|responsables?(?! d.affectation))\\b")),
      new Profile("Enseignant", Pattern.compile(
          "\\b(enseignante?s?|professeure?s?|profs?|titulaire|professeur principal|contractuelle?s?)\\b")),
      new Profile("Direction", Pattern.compile(
          "\\b(principale?|proviseure?|chef d.etablissement|principal adjoint|proviseur adjoint|adjointe? de direction)\\b")),
      new Profile("Personnel administratif", Pattern.compile(
          "\\b(secretaire|secretariat|gestionnaire|intendante?|agent administratif)\\b")),
      new Profile("Infirmier", Pattern.compile("\\binfirmi(er|ere)s?\\b")));

  private Profiles() {}

  /**
   * The profile written closest to the name at {@code [nameStart, nameEnd)}, looking only inside
   * {@code [left, right)} of {@code folded} and not across a sentence end; null when none.
   */
  static String nearest(String folded, int left, int right, int nameStart, int nameEnd) {
    left = sentenceStartAfter(folded, left, nameStart);
    right = sentenceEndBefore(folded, nameEnd, right);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Profile profile : PROFILES) {
      Matcher m = profile.pattern().matcher(folded).region(left, right);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.start() < nameEnd && m.end() > nameStart) {
          continue;
        }
        int distance = m.start() >= nameEnd ? m.start() - nameEnd : nameStart - m.end();
        if (distance < bestDistance) {
          best = profile.label();
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** The profile label of a word or phrase, or null ("élève" -> "Élève"). */
  static String labelOf(String folded) {
    for (Profile profile : PROFILES) {
      if (profile.pattern().matcher(folded).find()) {
        return profile.label();
      }
    }
    return null;
  }

  private static int sentenceStartAfter(String folded, int left, int nameStart) {
    for (int i = nameStart - 1; i >= left; i--) {
      char c = folded.charAt(i);
      if ((c == '.' && !endsAbbreviation(folded, i)) || c == '\n' || c == '!' || c == '?' || c == ';') {
        return i + 1;
      }
    }
    return left;
  }

  /** "M." or "Mme." before a name is not a sentence end. */
  private static boolean endsAbbreviation(String folded, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
      start--;
    }
    return dot - start >= 1 && dot - start <= 3 && (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)));
  }

  private static int sentenceEndBefore(String folded, int nameEnd, int right) {
    for (int i = nameEnd; i < right; i++) {
      char c = folded.charAt(i);
      if (c == '\n' || c == '!' || c == '?' || c == ';' || c == '.' && i + 1 < folded.length()
          && Character.isWhitespace(folded.charAt(i + 1))) {
        return i;
      }
    }
    return right;
  }
}
