package entbot.bot.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long answer into messages of at most {@code limit} characters (Discord: 2,000),
 * cutting between lines where it can, inside a line only when a line alone is too long.
 */
final class MessageSplitter {
  static final int DISCORD_LIMIT = 2000;

  private MessageSplitter() {}

  static List<String> split(String text, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      while (line.length() > limit) {
        flush(parts, current);
        parts.add(line.substring(0, limit));
        line = line.substring(limit);
      }
      int needed = current.length() == 0 ? line.length() : current.length() + 1 + line.length();
      if (needed > limit) {
        flush(parts, current);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
    }
    flush(parts, current);
    if (parts.isEmpty()) {
      parts.add("(réponse vide)");
    }
    return parts;
  }

  private static void flush(List<String> parts, StringBuilder current) {
    if (!current.toString().isBlank()) {
      parts.add(current.toString().strip());
    }
    current.setLength(0);
  }
}
