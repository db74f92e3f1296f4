package entbot.knowledge.ingest;

import entbot.knowledge.analysis.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading line: its numbering style, its ordinal within that style (3 for "3.", "C :" or "III -";
 * 0 when unnumbered), its title as shown and its {@code key} (the title without numbering,
 * normalised, to recognise it in a table of contents). Recognised styles: Markdown
 * ({@code ## Titre}), Roman ({@code II - Accès}), decimal ({@code 3.}, {@code 3.5.}), dashed
 * ({@code 1 - Créer}), slashed ({@code 1/}), lettered ({@code A -}, {@code B :}, {@code C.},
 * {@code a.}) and short questions standing on their own line.
 */
record Heading(String style, int ordinal, String title, String key) {
  private static final int MAX_LENGTH = 120;

  private record Rule(String style, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule("md", Pattern.compile("^(#{1,6})\\s+(\\S.*)")),
      new Rule("roman", Pattern.compile("^([IVX]{1,5})\\s*[-–.]\\s+(\\p{L}.*)")),
      new Rule("decimal", Pattern.compile("^(\\d{1,2}\\.(?:\\d{1,2}\\.?)*)\\s+([\\p{Lu}(«\"].*)")),
      new Rule("dash", Pattern.compile("^(\\d{1,2})\\s+[-–]\\s+(\\p{L}.*)")),
      new Rule("slash", Pattern.compile("^(\\d{1,2})\\s*/\\s*([^\\d\\s].*)")),
      new Rule("letter", Pattern.compile("^(\\p{Lu})\\s*[-–:.]\\s+(\\p{L}.*)")),
      new Rule("lowerletter", Pattern.compile("^([a-h])\\.\\s+(\\p{L}.*)")));

  /** Dot leaders or a tab followed by a page number: a table-of-contents line, never a heading. */
  private static final Pattern TOC_LINE = Pattern.compile("(.*?)(\\.{3,}|\\t)\\s*\\d{1,3}\\s*$");

  static boolean isTableOfContentsLine(String line) {
    // Cheap test first: a contents line ends with its page number.
    return endsWithDigit(line) && TOC_LINE.matcher(line).matches();
  }

  private static boolean endsWithDigit(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Character.isDigit(c);
      }
    }
    return false;
  }

  /**
   * Cheap test before the patterns (most lines of a guide start with a capital): what a heading can
   * start with, or a question mark at its end.
   */
  private static boolean mayBeHeading(String line) {
    char first = line.charAt(0);
    if (first == '#' || Character.isDigit(first)) {
      return true;
    }
    if (first >= 'a' && first <= 'h') {
      return line.length() > 1 && line.charAt(1) == '.';
    }
    if (!Character.isUpperCase(first)) {
      return false;
    }
    if (line.endsWith("?")) {
      return true;
    }
    int i = 1;
    while (i < line.length() && "IVX".indexOf(line.charAt(i)) >= 0 && "IVX".indexOf(first) >= 0) {
      i++;
    }
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && "-–:.".indexOf(line.charAt(i)) >= 0;
  }

  /** The key of the entry a table-of-contents line announces, if it is one. */
  static Optional<String> tableOfContentsKey(String line) {
    if (!endsWithDigit(line)) {
      return Optional.empty();
    }
    Matcher toc = TOC_LINE.matcher(line);
    if (!toc.matches()) {
      return Optional.empty();
    }
    String entry = toc.group(1).strip();
    return Optional.of(parse(entry).map(Heading::key).orElse(TextNormalizer.normalize(entry)));
  }

  /**
   * An unnumbered line that the table of contents announces ("Assistance" for "I - Assistance   5"):
   * the guide's top-level parts often lose their numbering in the body.
   */
  static Optional<Heading> announced(String rawLine, java.util.Set<String> contents) {
    String line = rawLine.strip();
    // Part titles are short and capitalised; testing only those keeps this cheap on long guides.
    if (contents.isEmpty() || line.isEmpty() || line.length() > 60
        || !Character.isUpperCase(line.charAt(0))) {
      return Optional.empty();
    }
    String key = TextNormalizer.normalize(clean(line));
    return contents.contains(key) ? Optional.of(new Heading("contents", 0, clean(line), key))
        : Optional.empty();
  }

  static Optional<Heading> parse(String rawLine) {
    String line = rawLine.strip();
    if (line.isEmpty() || line.length() > MAX_LENGTH || !mayBeHeading(line)
        || line.contains("\t") || isTableOfContentsLine(rawLine)) {
      return Optional.empty();
    }
    char first = line.charAt(0);
    for (Rule rule : RULES) {
      if (!canStart(rule.style(), first)) {
        continue;
      }
      Matcher matcher = rule.pattern().matcher(line);
      if (matcher.matches()) {
        String number = matcher.group(1);
        String style = rule.style();
        String title = clean(line);
        if (style.equals("md")) {
          style = "md" + number.length();
          title = clean(matcher.group(2));
        } else if (style.equals("decimal")) {
          // "3." and "3.5." nest: the depth of the number is part of the style.
          style = "decimal" + number.split("\\.").length;
        }
        return Optional.of(new Heading(style, ordinal(rule.style(), number), title,
            TextNormalizer.normalize(clean(matcher.group(2)))));
      }
    }
    if (line.endsWith("?") && line.length() <= 100 && Character.isUpperCase(line.charAt(0))) {
      return Optional.of(new Heading("question", 0, line, TextNormalizer.normalize(line)));
    }
    return Optional.empty();
  }

  /** The first character each style's pattern requires: skips patterns that cannot match. */
  private static boolean canStart(String style, char first) {
    return switch (style) {
      case "md" -> first == '#';
      case "roman" -> first == 'I' || first == 'V' || first == 'X';
      case "decimal", "dash", "slash" -> first >= '0' && first <= '9';
      case "letter" -> Character.isUpperCase(first);
      case "lowerletter" -> first >= 'a' && first <= 'h';
      default -> true;
    };
  }

  private static int ordinal(String style, String number) {
    return switch (style) {
      case "decimal" -> {
        String[] parts = number.split("\\.");
        yield Integer.parseInt(parts[parts.length - 1]);
      }
      case "dash", "slash" -> Integer.parseInt(number);
      case "letter", "lowerletter" -> Character.toLowerCase(number.charAt(0)) - 'a' + 1;
      case "roman" -> roman(number);
      default -> 0;
    };
  }

  private static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int value = switch (numeral.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        default -> 10;
      };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  private static String clean(String title) {
    return title.replace("**", "").replaceAll("\\s*[:：]\\s*$", "").strip();
  }
}
