package entbot.procedures.engine.action;

import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.Profile;
import java.sql.SQLException;
import java.util.Set;

/**
 * The arguments shared by the access actions: {@code kind} (population, default, or utilisateur),
 * {@code target-type} (groupe, default; etablissement; utilisateur), {@code target}, {@code profile},
 * {@code function}, {@code discipline}, {@code role}.
 */
final class AccessArgs {
  static final Set<String> OPTIONAL = Set.of("kind", "target-type", "target", "profile", "function", "discipline");

  private AccessArgs() {}

  static AccessEntry entry(StepContext context, Args args) {
    String targetType = args.get("target-type", AccessEntry.GROUP);
    String target = AccessEntry.SCHOOL.equals(targetType) ? context.uai() : args.get("target");
    String profile = args.get("profile", "");
    if (!profile.isEmpty()) {
      profile = Profile.parse(profile).label();
    }
    return new AccessEntry(args.get("kind", AccessEntry.POPULATION), targetType, target, profile,
        args.get("function", ""), args.get("discipline", ""), args.get("role"));
  }

  /** Why the target cannot receive rights, or null when it exists. */
  static String missingTarget(StepContext context, AccessEntry entry) throws SQLException {
    if (AccessEntry.GROUP.equals(entry.targetType()) && !context.exists(Refs.group(context.uai(), entry.target()))) {
      return "le groupe « " + entry.target() + " » n'existe pas dans " + context.school().name() + ".";
    }
    if (AccessEntry.USER.equals(entry.targetType()) && !context.exists(Refs.user(entry.target()))) {
      return "l'utilisateur « " + entry.target() + " » n'existe pas dans l'ENT.";
    }
    return null;
  }

  /** "GD_AESH (AVS) / Non enseignant / CPE" for details. */
  static String describe(StepContext context, AccessEntry entry) {
    StringBuilder text = new StringBuilder(AccessEntry.SCHOOL.equals(entry.targetType())
        ? context.school().label() : entry.target());
    for (String criterion : new String[] {entry.profile(), entry.function(), entry.discipline()}) {
      if (!criterion.isEmpty()) {
        text.append(", ").append(criterion);
      }
    }
    return text.append(" → rôle « ").append(entry.role()).append(" »").toString();
  }
}
