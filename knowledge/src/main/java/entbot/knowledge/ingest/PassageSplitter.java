package entbot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a cleaned guide into passages along its headings (the {@link Outline} decides which numbered
 * lines are headings and how they nest). Sections shorter
 * than {@link #MIN_CHARS} are merged with the next one; sections longer than {@link #MAX_CHARS} are
 * cut at blank lines, never inside a table (consecutive lines holding tabs or pipes).
 */
public final class PassageSplitter {
  static final int MIN_CHARS = 350;
  static final int MAX_CHARS = 2000;
  private static final int TABLE_MAX_CHARS = 4000;
  private static final String SEPARATOR = " > ";
  private static final java.util.regex.Pattern EXTRA_BLANK_LINES = java.util.regex.Pattern.compile("\n{3,}");

  private PassageSplitter() {}

  private record Section(String path, List<String> lines) {
    int length() {
      return lines.stream().mapToInt(l -> l.length() + 1).sum();
    }

    int bodyLength() {
      return lines.stream().skip(1).mapToInt(l -> l.strip().length()).sum();
    }
  }

  public static List<Passage> split(String document, String title, List<String> lines) {
    List<Section> sections = sections(title, lines);
    List<Passage> passages = new ArrayList<>();
    List<Section> buffer = new ArrayList<>();
    int bufferLength = 0;
    for (Section section : sections) {
      if (!buffer.isEmpty() && bufferLength >= MIN_CHARS) {
        flush(document, buffer, passages);
        bufferLength = 0;
      } else if (!buffer.isEmpty() && bufferLength + section.length() > MAX_CHARS) {
        flush(document, buffer, passages);
        bufferLength = 0;
      }
      buffer.add(section);
      bufferLength += section.length();
    }
    flush(document, buffer, passages);
    return passages;
  }

  private static List<Section> sections(String title, List<String> lines) {
    Set<String> contents = new HashSet<>();
    lines.forEach(line -> Heading.tableOfContentsKey(line).ifPresent(contents::add));
    Outline outline = new Outline(contents);
    List<Section> sections = new ArrayList<>();
    Section current = new Section(title, new ArrayList<>());
    boolean previousBlank = true;
    for (String line : lines) {
      if (Heading.isTableOfContentsLine(line)) {
        continue;
      }
      Optional<Heading> heading = previousBlank || line.startsWith("#")
          ? Heading.parse(line).or(() -> Heading.announced(line, contents)) : Optional.empty();
      if (heading.isPresent() && !heading.get().title().equalsIgnoreCase(title)
          && outline.accept(heading.get())) {
        if (!current.lines().stream().allMatch(String::isBlank)) {
          sections.add(current);
        }
        List<String> path = new ArrayList<>();
        path.add(title);
        path.addAll(outline.titles());
        current = new Section(String.join(SEPARATOR, path), new ArrayList<>());
      }
      current.lines().add(line);
      previousBlank = line.isBlank();
    }
    if (!current.lines().stream().allMatch(String::isBlank)) {
      sections.add(current);
    }
    return sections.stream().flatMap(s -> cutLong(s).stream()).toList();
  }

  /** Cuts a section over MAX_CHARS at blank lines (or line ends), keeping tables whole. */
  private static List<Section> cutLong(Section section) {
    if (section.length() <= MAX_CHARS) {
      return List.of(section);
    }
    List<Section> pieces = new ArrayList<>();
    List<String> piece = new ArrayList<>();
    int length = 0;
    List<String> lines = section.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // Inside a table when this row follows another: never cut there (up to TABLE_MAX_CHARS).
      boolean inTable = isTableRow(line) && !piece.isEmpty() && isTableRow(piece.get(piece.size() - 1));
      boolean full = length + line.length() > MAX_CHARS;
      boolean niceBreak = line.isBlank() && length >= MAX_CHARS * 2 / 3;
      boolean tableTooLong = length + line.length() > TABLE_MAX_CHARS;
      if (!piece.isEmpty() && (niceBreak || full && (!inTable || tableTooLong))) {
        pieces.add(new Section(section.path(), piece));
        piece = new ArrayList<>();
        length = 0;
      }
      if (!(piece.isEmpty() && line.isBlank())) {
        piece.add(line);
        length += line.length() + 1;
      }
    }
    if (!piece.isEmpty()) {
      pieces.add(new Section(section.path(), piece));
    }
    return pieces;
  }

  private static boolean isTableRow(String line) {
    return line.contains("\t") || line.strip().startsWith("|");
  }

  /** The passage is named after the section that holds most of its text (not a bare heading). */
  private static void flush(String document, List<Section> buffer, List<Passage> passages) {
    if (buffer.isEmpty()) {
      return;
    }
    String path = buffer.stream().max(Comparator.comparingInt(Section::bodyLength))
        .orElseThrow().path();
    StringBuilder text = new StringBuilder();
    for (Section section : buffer) {
      for (String line : section.lines()) {
        text.append(line).append('\n');
      }
    }
    String body = text.toString().strip();
    if (body.contains("\n\n\n")) {
      body = EXTRA_BLANK_LINES.matcher(body).replaceAll("\n\n");
    }
    if (!body.isBlank()) {
      passages.add(new Passage(document, path, body));
    }
    buffer.clear();
  }
}
