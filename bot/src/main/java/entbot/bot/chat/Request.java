package entbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chat command: its name ({@code ask}, {@code ticket}, {@code procedure}, {@code remind},
 * {@code help}), the words after it (quotes group words) and the raw text after it. Channels build
 * it: the console by parsing a typed line, Discord from the slash command's options.
 */
public record Request(String command, List<String> args, String text) {
  public Request {
    Objects.requireNonNull(command, "command");
    command = command.toLowerCase(Locale.ROOT);
    args = List.copyOf(args);
    text = text == null ? "" : text.strip();
  }

  public static Request of(String command, List<String> args) {
    return new Request(command, args, String.join(" ", args));
  }

  /** Parses {@code /name rest...} ; the leading slash is optional. */
  public static Request parse(String line) {
    String trimmed = line.strip();
    if (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    int space = trimmed.indexOf(' ');
    String name = space < 0 ? trimmed : trimmed.substring(0, space);
    String rest = space < 0 ? "" : trimmed.substring(space + 1);
    return new Request(name, words(rest), rest);
  }

  /** Splits on spaces, keeping "quoted words" (straight or French quotes) together. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          // French quotes are typed with spaces inside: « Zoé ».
          int end = current.length();
          while (end > 0 && Character.isWhitespace(current.charAt(end - 1))) {
            end--;
          }
          current.setLength(end);
        } else if (quote == '»' && Character.isWhitespace(c)
            && (current.length() == 0 || current.charAt(current.length() - 1) == '=')) {
          continue;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '«') {
        quote = c == '"' ? '"' : '»';
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(current.toString().strip());
          current.setLength(0);
          inWord = false;
        }
      } else {
        current.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(current.toString().strip());
    }
    return words;
  }

  /** The word at {@code index}, or null. */
  public String arg(int index) {
    return index < args.size() ? args.get(index) : null;
  }
}
