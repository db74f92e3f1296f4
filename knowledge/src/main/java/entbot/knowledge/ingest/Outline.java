package entbot.knowledge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The heading path while reading a guide top to bottom. Guides number their steps the same way as
 * their sections ("1. Sélectionner le menu"), so a numbered line only counts as a heading when it
 * fits the outline: announced by the table of contents, repeating an earlier heading, or continuing
 * its style's sequence (next number, or first number after a higher heading). Each style gets a
 * level in the order styles first appear (the first style met is the top level); questions standing
 * alone are always the deepest level.
 */
final class Outline {
  private static final int QUESTION_LEVEL = 100;

  private final Set<String> contents;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Integer> levels = new HashMap<>();
  private final Map<String, Integer> lastOrdinal = new HashMap<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Integer> titleLevels = new ArrayList<>();

  /** {@code contents}: the keys of the table of contents, if the guide has one. */
  Outline(Set<String> contents) {
    this.contents = Set.copyOf(contents);
  }

  /** Takes {@code heading} into the path if it fits the outline; true when it did. */
  boolean accept(Heading heading) {
    boolean fits = heading.ordinal() == 0
        || contents.contains(heading.key())
        || seen.contains(heading.key())
        || continuesSequence(heading);
    if (!fits) {
      return false;
    }
    int level = heading.style().equals("question")
        ? QUESTION_LEVEL : levels.computeIfAbsent(heading.style(), s -> levels.size());
    while (!titleLevels.isEmpty() && titleLevels.get(titleLevels.size() - 1) >= level) {
      titles.remove(titles.size() - 1);
      titleLevels.remove(titleLevels.size() - 1);
    }
    titles.add(heading.title());
    titleLevels.add(level);
    seen.add(heading.key());
    if (heading.ordinal() > 0) {
      lastOrdinal.put(heading.style(), heading.ordinal());
    }
    // Numbering restarts under a new parent: forget the counters of deeper styles.
    levels.forEach((style, styleLevel) -> {
      if (styleLevel > level) {
        lastOrdinal.remove(style);
      }
    });
    return true;
  }

  private boolean continuesSequence(Heading heading) {
    Integer last = lastOrdinal.get(heading.style());
    return last == null || heading.ordinal() == last + 1 || heading.ordinal() == last;
  }

  List<String> titles() {
    return List.copyOf(titles);
  }
}
