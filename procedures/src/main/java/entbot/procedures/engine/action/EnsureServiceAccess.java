package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.WellKnown;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code ensure-service-access}: the service's access table holds the entry. Enforces the GAR
 * rule: at most {@value #MAX_GAR_MANAGERS} "Responsable d'affectation GAR" per school.
 */
final class EnsureServiceAccess implements Action {
  static final String GAR_ROLE = WellKnown.GAR_ROLE;
  static final int MAX_GAR_MANAGERS = WellKnown.MAX_GAR_MANAGERS;

  @Override
  public String name() {
    return "ensure-service-access";
  }

  @Override
  public Signature signature() {
    Set<String> optional = new HashSet<>(AccessArgs.OPTIONAL);
    return new Signature(Set.of("service", "role"), optional, Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String service = args.get("service");
    if (!context.exists(Refs.service(context.uai(), service))) {
      return StepOutcome.blocked("le service « " + service + " » n'existe pas dans " + context.school().name()
          + " (Gestion portail > Services > Liste des services).");
    }
    AccessEntry entry = AccessArgs.entry(context, args);
    String missing = AccessArgs.missingTarget(context, entry);
    if (missing != null) {
      return StepOutcome.blocked(missing);
    }
    EntityRef ref = Refs.serviceAccess(context.uai(), service, entry);
    String described = AccessArgs.describe(context, entry);
    if (context.exists(ref)) {
      return StepOutcome.ok("« " + service + " » donne déjà : " + described + ".");
    }
    if (GAR_ROLE.equals(entry.role())) {
      int managers = context.observe("gar-managers", context.directory().countServiceRole(context.uai(), GAR_ROLE));
      if (managers >= MAX_GAR_MANAGERS) {
        return StepOutcome.blocked("l'établissement a déjà " + managers + " responsables d'affectation GAR ; le"
            + " guide en autorise " + MAX_GAR_MANAGERS + " au plus : retirez-en un avant d'en ajouter un autre.");
      }
    }
    context.write(ref, Refs.keyState(ref));
    return StepOutcome.change("ajouter à « " + service + " » (" + tab(entry) + ") : " + described + ".");
  }

  static String tab(AccessEntry entry) {
    return AccessEntry.USER.equals(entry.kind()) ? "accès utilisateur" : "accès population";
  }
}
