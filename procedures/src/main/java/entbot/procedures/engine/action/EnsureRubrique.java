package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.AccessEntry;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * {@code ensure-rubrique}: the rubrique exists under its parent (which must exist). A new
 * sub-rubrique starts with its parent's access entries, as in the ENT ({@code inherit}, default true).
 */
final class EnsureRubrique implements Action {
  @Override
  public String name() {
    return "ensure-rubrique";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("path"), Set.of("inherit"), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String path = args.get("path").strip();
    EntityRef ref = Refs.rubrique(context.uai(), path);
    if (context.exists(ref)) {
      return StepOutcome.ok("la rubrique « " + path + " » existe déjà.");
    }
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? null : path.substring(0, slash);
    if (parent != null && !context.exists(Refs.rubrique(context.uai(), parent))) {
      return StepOutcome.blocked("la rubrique mère « " + parent + " » n'existe pas : créez-la d'abord.");
    }
    context.write(ref, Refs.state(ref, "name", path.substring(slash + 1), "parent", parent));
    int inherited = 0;
    if (parent != null && Boolean.parseBoolean(args.get("inherit", "true"))) {
      for (AccessEntry entry : parentEntries(context, parent)) {
        EntityRef access = Refs.rubriqueAccess(context.uai(), path, entry);
        context.write(access, Refs.keyState(access));
        inherited++;
      }
    }
    return StepOutcome.change("créer la rubrique « " + path + " »"
        + (inherited > 0 ? " (elle reprend les " + inherited + " droits de « " + parent + " »)" : "") + ".");
  }

  private static List<AccessEntry> parentEntries(StepContext context, String parent) throws SQLException {
    List<List<String>> rows = context.directory().rubriqueEntries(context.uai(), parent);
    context.observe("rubrique-entries " + parent, rows);
    return rows.stream().map(r -> new AccessEntry(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5),
        r.get(6))).toList();
  }
}
