package entbot.bot.tickets.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds classes and groups: collège divisions ("5A", "3e B", "6ème C" → "5A", "3B", "6C"),
 * numbered classes after "classe"/"en" ("310"), lycée divisions ("2nde 3", "Tle STMG"), directory
 * group codes ("GD_AESH (AVS)") and quoted group names ("groupe « Latin 4e »").
 */
public final class ClassExtractor {
  private static final Pattern COLLEGE = Pattern.compile(
      "(?<![\\p{L}\\d/-])([3-6])\\s?(?:e|è|ème|eme|ieme|ième|EME)?\\s?([A-H])(?![\\p{L}\\d'’_-])");
  private static final Pattern NUMBERED = Pattern.compile(
      "(?iu)\\b(?:classes?|en|la|division|div\\.?)\\s+(?:de\\s+)?([1-6]\\d{2})\\b(?!\\s*(?:€|%|jours|heures|élèves|eleves|comptes|ko|mo))|\\(([1-6]\\d{2})\\)");
  private static final Pattern LYCEE = Pattern.compile(
      "(?<![\\p{L}])(2nde|2de|1ère|1ere|1re|Tle|Term|Terminale)\\s?([A-Z][A-Z0-9]{0,4}|\\d{1,2})(?![\\p{L}\\d])");
  private static final Pattern GROUP_CODE = Pattern.compile(
      "(?<![\\p{L}\\d_])([A-Z][A-Z0-9]*(?:_[A-Za-z0-9]+)+)(\\s*\\([A-Z]{2,6}\\))?");
  private static final Pattern QUOTED_GROUP = Pattern.compile(
      "(?iu)\\bgroupe\\s+(?:«\\s*([^»]{1,40}?)\\s*»|\"([^\"]{1,40})\")");

  public List<String> classes(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = COLLEGE.matcher(text);
    while (m.find()) {
      found.add(m.group(1) + m.group(2));
    }
    m = NUMBERED.matcher(text);
    while (m.find()) {
      found.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    m = LYCEE.matcher(text);
    while (m.find()) {
      found.add(m.group(1) + " " + m.group(2));
    }
    m = GROUP_CODE.matcher(text);
    while (m.find()) {
      found.add(m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2).strip());
    }
    m = QUOTED_GROUP.matcher(text);
    while (m.find()) {
      found.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
    }
    return new ArrayList<>(found);
  }

  /** The comparable form of a class name: "3e B", "3ème b" and "3B" are the same class. */
  public static String key(String className) {
    String k = Fold.fold(className).replaceAll("\\s+", "");
    return k.replaceAll("^([3-6])(?:e|eme|ieme)([a-h])$", "$1$2").toUpperCase(Locale.ROOT);
  }
}
