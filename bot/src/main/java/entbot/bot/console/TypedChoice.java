package entbot.bot.console;

import entbot.bot.chat.Action;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps what the user typed to one of the actions offered: its label ("envoyer", "appliquer"),
 * "oui" for the first action (the one the bot proposes), "non" for the one that cancels.
 * Accents and case do not matter.
 */
final class TypedChoice {
  private static final List<String> YES = List.of("oui", "o", "yes", "y", "ok");
  private static final List<String> NO = List.of("non", "n", "no");

  private TypedChoice() {}

  static Optional<Action> match(String typed, List<Action> offered) {
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    String word = normalize(typed);
    if (YES.contains(word)) {
      return Optional.of(offered.get(0));
    }
    if (NO.contains(word)) {
      return offered.stream().filter(a -> a.id().endsWith("cancel")).findFirst();
    }
    return offered.stream().filter(a -> normalize(a.label()).equals(word)).findFirst();
  }

  static String normalize(String text) {
    return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
