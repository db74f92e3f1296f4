package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** {@code ensure-service}: a service (connector) with its code, SSO type, URL and grouping. */
final class EnsureService implements Action {
  static final Set<String> SSO_TYPES = Set.of("Pas de SSO ou SSO Standard", "SSO Fédération", "SSO GAR", "SSO CAS");

  @Override
  public String name() {
    return "ensure-service";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("name", "code", "sso-type", "url"), Set.of("grouping"), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String name = args.get("name");
    String ssoType = args.get("sso-type");
    if (!SSO_TYPES.contains(ssoType)) {
      return StepOutcome.blocked("type de SSO inconnu « " + ssoType + " » (possibles : "
          + String.join(", ", SSO_TYPES.stream().sorted().toList()) + ").");
    }
    EntityRef ref = Refs.service(context.uai(), name);
    Map<String, String> wanted = Refs.state(ref, "code", args.get("code"), "sso_type", ssoType,
        "url", args.get("url"), "grouping", args.get("grouping", "E-services"));
    Map<String, String> existing = context.read(ref);
    if (wanted.equals(existing)) {
      return StepOutcome.ok("le service « " + name + " » existe déjà avec ces paramètres.");
    }
    context.write(ref, wanted);
    return StepOutcome.change((existing == null ? "créer" : "mettre à jour") + " le service « " + name + " » ("
        + ssoType + ", " + args.get("url") + ").");
  }
}
