package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ensure-member} (or {@code ensure-manager} with {@code manager = true}): each login of
 * {@code login} (comma-separated) is a member (manager) of {@code group}.
 */
final class EnsureMember implements Action {
  private final boolean manager;

  EnsureMember(boolean manager) {
    this.manager = manager;
  }

  @Override
  public String name() {
    return manager ? "ensure-manager" : "ensure-member";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("group", "login"), Set.of(), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String group = args.get("group");
    if (!context.exists(Refs.group(context.uai(), group))) {
      return StepOutcome.blocked("le groupe « " + group + " » n'existe pas dans " + context.school().name() + ".");
    }
    List<String> logins = List.of(args.get("login").split("\\s*,\\s*"));
    for (String login : logins) {
      if (!context.exists(Refs.user(login))) {
        return StepOutcome.blocked("l'utilisateur « " + login + " » n'existe pas dans l'ENT.");
      }
    }
    String what = manager ? "gestionnaire" : "membre";
    List<String> added = new ArrayList<>();
    for (String login : logins) {
      EntityRef ref = manager ? Refs.manager(context.uai(), group, login) : Refs.member(context.uai(), group, login);
      if (!context.exists(ref)) {
        context.write(ref, Refs.keyState(ref));
        added.add(login);
      }
    }
    if (added.isEmpty()) {
      return StepOutcome.ok(String.join(", ", logins) + (logins.size() > 1 ? " sont déjà " : " est déjà ")
          + what + (logins.size() > 1 ? "s" : "") + " du groupe « " + group + " ».");
    }
    return StepOutcome.change("ajouter " + String.join(", ", added) + " comme " + what + " du groupe « "
        + group + " ».");
  }
}
