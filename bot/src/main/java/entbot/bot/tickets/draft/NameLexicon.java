package entbot.bot.tickets.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists behind name spotting: common first names, and capitalised words that are never a
 * name. Both are bundled resources, stored and compared folded.
 */
public record NameLexicon(Set<String> firstNames, Set<String> notNames) {
  public NameLexicon {
    firstNames = Set.copyOf(firstNames);
    notNames = Set.copyOf(notNames);
  }

  public static NameLexicon bundled() {
    return new NameLexicon(read("/entbot/tickets/prenoms.txt"), read("/entbot/tickets/mots-non-noms.txt"));
  }

  public boolean isFirstName(String word) {
    return firstNames.contains(Fold.fold(word));
  }

  public boolean isNotName(String word) {
    return notNames.contains(Fold.fold(word));
  }

  private static Set<String> read(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.trim().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(Fold.fold(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
