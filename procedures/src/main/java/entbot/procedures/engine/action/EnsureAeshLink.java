package entbot.procedures.engine.action;

import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.model.Profile;
import entbot.procedures.store.EntityKind;
import entbot.procedures.store.EntityRef;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** {@code ensure-aesh-link}: the pupil's record names the AESH or tutor who follows them ("Associer un AESH"). */
final class EnsureAeshLink implements Action {
  @Override
  public String name() {
    return "ensure-aesh-link";
  }

  @Override
  public Signature signature() {
    return new Signature(Set.of("pupil", "aesh"), Set.of(), Set.of());
  }

  @Override
  public StepOutcome run(StepContext context, Args args) throws SQLException {
    String pupil = args.get("pupil");
    String aesh = args.get("aesh");
    Map<String, String> pupilState = context.read(Refs.user(pupil));
    if (pupilState == null || !Profile.ELEVE.label().equals(pupilState.get("profile"))) {
      return StepOutcome.blocked("« " + pupil + " » n'est pas un élève de l'ENT.");
    }
    if (!context.uai().equals(pupilState.get("uai"))) {
      return StepOutcome.blocked("l'élève « " + pupil + " » n'est pas inscrit dans " + context.school().name() + ".");
    }
    Map<String, String> aeshState = context.read(Refs.user(aesh));
    if (aeshState == null) {
      return StepOutcome.blocked("l'utilisateur « " + aesh + " » n'existe pas dans l'ENT.");
    }
    Profile profile = Profile.parse(aeshState.get("profile"));
    if (profile == Profile.ELEVE || profile == Profile.PARENT) {
      return StepOutcome.blocked("« " + aesh + " » a le profil " + profile.label()
          + " : seul un personnel (AESH, tuteur) peut suivre un élève.");
    }
    EntityRef ref = EntityRef.of(EntityKind.AESH_LINK, context.uai(), pupil, aesh);
    if (context.exists(ref)) {
      return StepOutcome.ok(aesh + " suit déjà l'élève " + pupil + ".");
    }
    context.write(ref, Refs.keyState(ref));
    return StepOutcome.change("associer " + aesh + " à la fiche de l'élève " + pupil + " : il verra son cahier de"
        + " textes, son travail à faire et pourra écrire à ses enseignants.");
  }
}
