package entbot.procedures.engine.action;

import entbot.procedures.engine.Action;
import java.util.List;

/** The engine's fixed vocabulary of step actions. */
public final class StandardActions {
  private StandardActions() {}

  public static List<Action> all() {
    return List.of(new EnsureGroup(), new EnsureMember(false), new EnsureMember(true), new EnsureService(),
        new EnsureServiceAccess(), new EnsureRubrique(), new EnsureRubriqueAccess(), new RemoveRubriqueAccess(),
        new EnsureAccount(), new FindAccount(), new EnsureFunction(), new EnsureAeshLink(), new CheckRule());
  }
}
