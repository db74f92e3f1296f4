package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.Profile;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code remove-rubrique-access}: no entry of the rubrique gives access to these profiles
 * (comma-separated), e.g. "Retirer l'accès élève et parents à cet espace" in the ENTMIP guide.
 */
final class RemoveRubriqueAccess implements Action {
  @Override
  public String name() {
    return "remove-rubrique-access";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("path", "profiles"), Set.of(), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String path = args.get("path");
    if (!context.exists(Refs.rubrique(context.uai(), path))) {
      return StepOutcome.blocked("la rubrique « " + path + " » n'existe pas dans " + context.school().name() + ".");
    }
    List<String> profiles = new ArrayList<>();
    for (String profile : args.get("profiles").split("\\s*,\\s*")) {
      profiles.add(Profile.parse(profile).label());
    }
    List<List<String>> entries = context.observe("rubrique-entries " + path,
        context.directory().rubriqueEntries(context.uai(), path));
    List<String> removed = new ArrayList<>();
    for (List<String> e : entries) {
      if (profiles.contains(e.get(3))) {
        AccessEntry entry = new AccessEntry(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5), e.get(6));
        EntityRef ref = Refs.rubriqueAccess(context.uai(), path, entry);
        context.write(ref, null);
        removed.add(AccessArgs.describe(context, entry));
      }
    }
    if (removed.isEmpty()) {
      return StepOutcome.ok("« " + path + " » ne donne aucun accès aux profils " + String.join(", ", profiles) + ".");
    }
    return StepOutcome.change("retirer de « " + path + " » : " + String.join(" ; ", removed) + ".");
  }
}
