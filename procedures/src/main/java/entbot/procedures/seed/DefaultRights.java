package entbot.procedures.seed;

import static entbot.procedures.model.AccessEntry.GROUP;
import static entbot.procedures.model.AccessEntry.POPULATION;
import static entbot.procedures.model.AccessEntry.SCHOOL;

import entbot.procedures.model.AccessEntry;
import java.sql.SQLException;
import java.util.List;

/**
 * The services and rubriques of a new school with the rights the guides' screenshots show
 * (ENTMIP AESH guide: Cahier de textes, Messagerie, "Classes" and "Classe 310" access tables).
 */
final class DefaultRights {
  private DefaultRights() {}

  static void services(ModelWriter writer, String uai) throws SQLException {
    String standard = "Pas de SSO ou SSO Standard";
    writer.service(uai, "Cahier de textes", "CDT", standard, "", "Pédagogie");
    school(writer, uai, "Cahier de textes", "Parent", "Parent");
    school(writer, uai, "Cahier de textes", "Élève", "Élève");
    school(writer, uai, "Cahier de textes", "Enseignant", "Enseignant");
    group(writer, uai, "Cahier de textes", "GA_CPE", "Non enseignant", "CPE");
    group(writer, uai, "Cahier de textes", "GA_AED Vie scolaire", "Non enseignant", "CPE");
    group(writer, uai, "Cahier de textes", SchoolGenerator.HEAD_GROUP, "Non enseignant", "Chef d'établissement");

    writer.service(uai, "Messagerie", "MES", standard, "", "Mes services");
    group(writer, uai, "Messagerie", "GA_COP", "Non enseignant", "Messagerie interne");
    school(writer, uai, "Messagerie", "Élève", "Messagerie interne");
    school(writer, uai, "Messagerie", "Parent", "Messagerie interne");
    school(writer, uai, "Messagerie", "Enseignant", "Messagerie interne");
    group(writer, uai, "Messagerie", SchoolGenerator.HEAD_GROUP, "", "Modérateur");

    writer.service(uai, "Fiches élèves", "FEL", standard, "", "Scolarité");
    group(writer, uai, "Fiches élèves", SchoolGenerator.HEAD_GROUP, "", "Modification");
    group(writer, uai, "Fiches élèves", "GA_CPE", "", "Modification");
    school(writer, uai, "Fiches élèves", "Enseignant", "Consultation");

    writer.service(uai, "Médiacentre", "GAR", "SSO GAR", "https://gar.education.fr", "Ressources");
    school(writer, uai, "Médiacentre", "Élève", "Accès");
    school(writer, uai, "Médiacentre", "Enseignant", "Accès");
    group(writer, uai, "Médiacentre", SchoolGenerator.HEAD_GROUP, "", "Accès");

    writer.service(uai, "Annuaire", "ANN", standard, "", "Autres services");
    school(writer, uai, "Annuaire", "", "Consultation");
    group(writer, uai, "Annuaire", SchoolGenerator.HEAD_GROUP, "", "Liste rouge");

    writer.service(uai, "Communication ciblée", "COM", standard, "", "Autres services");
    group(writer, uai, "Communication ciblée", SchoolGenerator.HEAD_GROUP, "", "Émetteur gestionnaire");
    school(writer, uai, "Communication ciblée", "Enseignant", "Émetteur publication actualité");

    writer.service(uai, "Réservation de ressources", "RES", standard, "", "Autres services");
    school(writer, uai, "Réservation de ressources", "Enseignant", "Rédacteur");
    group(writer, uai, "Réservation de ressources", SchoolGenerator.HEAD_GROUP, "", "Gestionnaire");

    // Left without the head of school on purpose: the guides ask to check it at the start of the year.
    writer.service(uai, "Agenda personnel", "AGE", standard, "", "Mes services");
    school(writer, uai, "Agenda personnel", "", "Accès");
  }

  static void rubriques(ModelWriter writer, String uai, List<String> classes) throws SQLException {
    writer.rubrique(uai, "Classes");
    for (String profile : List.of("Enseignant", "Parent", "Élève")) {
      writer.rubriqueAccess(uai, "Classes", new AccessEntry(POPULATION, SCHOOL, uai, profile, "", "", "Visiteur"));
    }
    writer.rubriqueAccess(uai, "Classes",
        new AccessEntry(POPULATION, GROUP, SchoolGenerator.HEAD_GROUP, "", "", "", "Gestionnaire"));
    for (String className : classes) {
      String path = "Classes/Classe " + className;
      writer.rubrique(uai, path);
      writer.rubriqueAccess(uai, path, new AccessEntry(POPULATION, GROUP, className, "Enseignant", "", "", "Gestionnaire"));
      writer.rubriqueAccess(uai, path, new AccessEntry(POPULATION, GROUP, className, "Élève", "", "", "Rédacteur"));
      writer.rubriqueAccess(uai, path, new AccessEntry(POPULATION, GROUP, className, "Parent", "", "", "Visiteur"));
      for (String admins : List.of("GR_admin_Administrateurs Externes", SchoolGenerator.HEAD_GROUP,
          "GR_admin_Publication Web")) {
        writer.rubriqueAccess(uai, path,
            new AccessEntry(POPULATION, GROUP, admins, "", "", "", "Rédacteur avec mise en ligne"));
      }
    }
    writer.rubrique(uai, "Actualités");
    writer.rubriqueAccess(uai, "Actualités",
        new AccessEntry(POPULATION, GROUP, SchoolGenerator.HEAD_GROUP, "", "", "", "Gestionnaire"));
    writer.rubriqueAccess(uai, "Actualités", new AccessEntry(POPULATION, SCHOOL, uai, "", "", "", "Visiteur"));
  }

  private static void school(ModelWriter writer, String uai, String service, String profile, String role)
      throws SQLException {
    writer.serviceAccess(uai, service, new AccessEntry(POPULATION, SCHOOL, uai, profile, "", "", role));
  }

  private static void group(ModelWriter writer, String uai, String service, String group, String profile,
      String role) throws SQLException {
    writer.serviceAccess(uai, service, new AccessEntry(POPULATION, GROUP, group, profile, "", "", role));
  }
}
