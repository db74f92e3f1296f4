package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.GroupType;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** {@code ensure-group}: the group exists in the school (created with its type, description, lifetime, visibility). */
final class EnsureGroup implements Action {
  @Override
  public String name() {
    return "ensure-group";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("name", "type"), Set.of("description", "lifetime", "visibility"), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String name = args.get("name");
    GroupType type = GroupType.parse(args.get("type"));
    EntityRef ref = Refs.group(context.uai(), name);
    Map<String, String> existing = context.read(ref);
    if (existing != null) {
      if (!existing.get("type").equals(type.name())) {
        return StepOutcome.blocked("le groupe « " + name + " » existe déjà mais c'est un "
            + GroupType.valueOf(existing.get("type")).label().toLowerCase() + ", pas un "
            + type.label().toLowerCase() + " : choisissez un autre nom.");
      }
      return StepOutcome.ok("le groupe « " + name + " » existe déjà (" + type.label().toLowerCase() + ").");
    }
    context.write(ref, Refs.state(ref, "type", type.name(), "description", args.get("description", ""),
        "lifetime", args.get("lifetime", "Non limitée"), "visibility", args.get("visibility", "Tout le monde")));
    return StepOutcome.change("créer le " + type.label().toLowerCase() + " « " + name + " » dans "
        + context.school().name() + ".");
  }
}
