package entbot.procedures.engine;

import entbot.procedures.catalog.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actions a procedure may use, by name; it is the {@link Vocabulary} procedure files are checked against. */
public final class Actions implements Vocabulary {
  private final Map<String, Action> byName = new LinkedHashMap<>();

  public Actions(List<Action> actions) {
    for (Action action : actions) {
      if (byName.put(action.name(), action) != null) {
        throw new IllegalArgumentException("two actions named " + action.name());
      }
    }
  }

  Action get(String name) {
    Action action = byName.get(name);
    if (action == null) {
      throw new IllegalStateException("procedure uses unknown action " + name + " (the loader should have refused it)");
    }
    return action;
  }

  @Override
  public Optional<Signature> signature(String action) {
    return Optional.ofNullable(byName.get(action)).map(Action::signature);
  }

  @Override
  public Set<String> actions() {
    return byName.keySet();
  }
}
