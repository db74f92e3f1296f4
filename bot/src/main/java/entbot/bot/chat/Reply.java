package entbot.bot.chat;

import java.util.List;
import java.util.Objects;

/**
 * What the bot answers: French text, the actions offered, and whether it is an error (shown only
 * to the user who asked on Discord).
 */
public record Reply(String text, List<Action> actions, boolean error) {
  public Reply {
    Objects.requireNonNull(text, "text");
    actions = List.copyOf(actions);
  }

  public static Reply of(String text) {
    return new Reply(text, List.of(), false);
  }

  public static Reply withActions(String text, Action... actions) {
    return new Reply(text, List.of(actions), false);
  }

  public static Reply error(String text) {
    return new Reply(text, List.of(), true);
  }

  public boolean offers(String actionId) {
    return actions.stream().anyMatch(a -> a.id().equals(actionId));
  }
}
