package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.RubriqueRole;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code ensure-rubrique-access}: the rubrique's access table gives the target the role (Visiteur ... Gestionnaire). */
final class EnsureRubriqueAccess implements Action {
  @Override
  public String name() {
    return "ensure-rubrique-access";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("path", "role"), new HashSet<>(AccessArgs.OPTIONAL), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String path = args.get("path");
    if (!context.exists(Refs.rubrique(context.uai(), path))) {
      return StepOutcome.blocked("la rubrique « " + path + " » n'existe pas dans " + context.school().name() + ".");
    }
    RubriqueRole role = RubriqueRole.parse(args.get("role"));
    AccessEntry entry = AccessArgs.entry(context, args);
    entry = new AccessEntry(entry.kind(), entry.targetType(), entry.target(), entry.profile(), entry.function(),
        entry.discipline(), role.label());
    String missing = AccessArgs.missingTarget(context, entry);
    if (missing != null) {
      return StepOutcome.blocked(missing);
    }
    EntityRef ref = Refs.rubriqueAccess(context.uai(), path, entry);
    String described = AccessArgs.describe(context, entry);
    if (context.exists(ref)) {
      return StepOutcome.ok("« " + path + " » donne déjà : " + described + ".");
    }
    context.write(ref, Refs.keyState(ref));
    return StepOutcome.change("donner sur « " + path + " » : " + described + " ; ce rôle permet : "
        + role.permissions().stream().map(p -> p.label().toLowerCase()).collect(Collectors.joining(", ")) + ".");
  }
}
