package entbot.procedures.engine.action;

import entbot.procedures.engine.StepContext;
import entbot.procedures.model.User;
import entbot.procedures.model.WellKnown;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only checks the guides ask for at the start of the year (ENT Occitanie guide, "Compte
 * personnel de direction avec peu de droits", "Retirer des anciens enseignants de la messagerie";
 * Skolengo guide, GAR managers). Each returns null when all is well, else the French problem.
 */
final class Rules {
  @FunctionalInterface
  interface Rule {
    String check(StepContext context) throws SQLException;
  }

  static final Map<String, Rule> ALL = Map.of(
      "chef-hors-super-admins", Rules::headNotSuperAdmin,
      "chef-dans-groupe-direction", Rules::headInHeadGroup,
      "chef-gestionnaire-services", Rules::headOnEveryService,
      "chef-gestionnaire-rubriques", Rules::headManagerOfEveryRubrique,
      "anciens-enseignants-listes", Rules::formerTeachersInLists,
      "responsables-gar", Rules::garManagers);

  private Rules() {}

  static Set<String> names() {
    return ALL.keySet();
  }

  private static String headNotSuperAdmin(StepContext context) throws SQLException {
    List<String> heads = context.observe("heads in super admins", context.directory().strings(
        "SELECT m.login FROM group_member m WHERE m.uai = ?1 AND m.group_name = ?2 AND m.login IN ("
            + " SELECT login FROM group_member WHERE uai = ?1 AND group_name = ?3"
            + " UNION SELECT login FROM user_function WHERE uai = ?1 AND function = ?4) ORDER BY m.login",
        context.uai(), WellKnown.SUPER_ADMINS, WellKnown.HEAD_GROUP, WellKnown.HEAD_FUNCTION));
    return heads.isEmpty() ? null : String.join(", ", heads) + " (direction) est dans « " + WellKnown.SUPER_ADMINS
        + " » : le guide le déconseille fortement (perte de certains droits) ; utilisez le compte administrateur"
        + " pour l'administration et le compte du chef d'établissement pour la direction.";
  }

  private static String headInHeadGroup(StepContext context) throws SQLException {
    List<String> outside = context.observe("heads outside head group", context.directory().strings(
        "SELECT f.login FROM user_function f WHERE f.uai = ?1 AND f.function = ?2 AND f.login NOT IN ("
            + " SELECT login FROM group_member WHERE uai = ?1 AND group_name = ?3) ORDER BY f.login",
        context.uai(), WellKnown.HEAD_FUNCTION, WellKnown.HEAD_GROUP));
    List<String> members = context.observe("head group members", context.directory().strings(
        "SELECT login FROM group_member WHERE uai = ? AND group_name = ?", context.uai(), WellKnown.HEAD_GROUP));
    if (members.isEmpty()) {
      return "le groupe fonctionnel « " + WellKnown.HEAD_GROUP + " » est vide : ajoutez-y l'équipe de direction.";
    }
    return outside.isEmpty() ? null : "personnels de direction absents du groupe « " + WellKnown.HEAD_GROUP + " » : "
        + String.join(", ", outside) + ".";
  }

  private static String headOnEveryService(StepContext context) throws SQLException {
    List<String> services = context.observe("services without head", context.directory().strings(
        "SELECT s.name FROM service s WHERE s.uai = ?1 AND NOT EXISTS (SELECT 1 FROM service_access a"
            + " WHERE a.uai = ?1 AND a.service = s.name AND ((a.target_type = 'groupe' AND a.target = ?2)"
            + " OR a.function = ?3)) ORDER BY s.name",
        context.uai(), WellKnown.HEAD_GROUP, WellKnown.HEAD_FUNCTION));
    return services.isEmpty() ? null : "services où le groupe « " + WellKnown.HEAD_GROUP + " » n'a aucun rôle : "
        + String.join(", ", services) + " (Administration > Services : donnez-lui le rôle le plus élevé).";
  }

  private static String headManagerOfEveryRubrique(StepContext context) throws SQLException {
    List<String> rubriques = context.observe("rubriques without head", context.directory().strings(
        "SELECT r.path FROM rubrique r WHERE r.uai = ?1 AND NOT EXISTS (SELECT 1 FROM rubrique_access a"
            + " WHERE a.uai = ?1 AND a.path = r.path AND a.role = 'Gestionnaire' AND ((a.target_type = 'groupe'"
            + " AND a.target = ?2) OR a.function = ?3)) ORDER BY r.path",
        context.uai(), WellKnown.HEAD_GROUP, WellKnown.HEAD_FUNCTION));
    if (rubriques.isEmpty()) {
      return null;
    }
    List<String> shown = rubriques.size() > 5 ? rubriques.subList(0, 5) : rubriques;
    return rubriques.size() + " rubrique(s) sans « " + WellKnown.HEAD_GROUP + " » comme Gestionnaire : "
        + String.join(", ", shown) + (rubriques.size() > 5 ? ", etc." : ".");
  }

  private static String formerTeachersInLists(StepContext context) throws SQLException {
    List<String> former = context.observe("former teachers in lists", context.directory().strings(
        "SELECT DISTINCT u.login FROM app_user u JOIN group_member m ON m.login = u.login AND m.uai = ?1"
            + " WHERE u.uai = ?1 AND u.profile = 'Enseignant' AND u.state = ?2 ORDER BY u.login",
        context.uai(), User.PENDING_DELETION));
    return former.isEmpty() ? null : "anciens enseignants (en attente de suppression) encore dans des listes de"
        + " diffusion : " + String.join(", ", former) + " ; retirez-les (Administration > Messagerie > Carnet"
        + " d'adresses), ils reçoivent encore les messages de l'établissement.";
  }

  private static String garManagers(StepContext context) throws SQLException {
    int count = context.observe("gar managers", context.directory().countServiceRole(context.uai(), WellKnown.GAR_ROLE));
    if (count == 0) {
      return "aucun responsable d'affectation GAR : le chef d'établissement doit en déclarer un (Médiacentre,"
          + " accès utilisateur, rôle « " + WellKnown.GAR_ROLE + " »).";
    }
    return count > WellKnown.MAX_GAR_MANAGERS ? count + " responsables d'affectation GAR : "
        + WellKnown.MAX_GAR_MANAGERS + " au plus selon le guide." : null;
  }
}
