package entbot.procedures.seed;

import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.FunctionAssignment;
import entbot.procedures.model.GroupType;
import entbot.procedures.model.Profile;
import entbot.procedures.model.School;
import entbot.procedures.model.Source;
import entbot.procedures.model.User;
import entbot.procedures.model.WellKnown;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates one school with made-up people, deterministically from a seed: classes and their
 * rubriques under "Classes", the usual functional and administration groups, the services with
 * the default rights shown in the guides, pupils, parents, teachers and staff.
 */
public final class SchoolGenerator {
  public static final String HEAD_GROUP = WellKnown.HEAD_GROUP;
  public static final String SUPER_ADMINS = WellKnown.SUPER_ADMINS;
  public static final String TEACHERS_GROUP = "GA_Enseignants";
  public static final String HEAD_FUNCTION = WellKnown.HEAD_FUNCTION;
  public static final String GAR_ROLE = WellKnown.GAR_ROLE;

  private static final String[] FIRST = {"Camille", "Lucas", "Emma", "Hugo", "Léa", "Louis", "Chloé", "Gabriel",
      "Manon", "Jules", "Inès", "Arthur", "Jade", "Raphaël", "Louise", "Adam", "Zoé", "Nathan", "Lina", "Théo",
      "Sarah", "Tom", "Anaïs", "Noé", "Clara", "Mathis", "Eva", "Enzo", "Romane", "Maël", "Juliette", "Sacha",
      "Margaux", "Timéo", "Élise", "Baptiste", "Agathe", "Yanis", "Océane", "Rayan", "Mélanie", "Frédéric",
      "Nathalie", "Sylvie", "Pascal", "Isabelle", "Thierry", "Véronique", "Stéphane", "Sandrine", "Hélène",
      "Jérôme", "Céline", "Olivier", "Valérie", "François", "Aurélie", "Benoît", "Cécile", "Grégoire"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
      "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
      "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Blanc", "Guérin", "Boyer",
      "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin",
      "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont",
      "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
      "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard",
      "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine",
      "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Lecomte",
      "Carpentier", "Lopez", "Fontaine", "Mallet", "Baron", "Prévost", "Da Silva", "Le Gall", "N'Diaye",
      "Saint-Martin", "Ollivier", "Cordier", "Tessier"};
  private static final String[] DISCIPLINES = {"L0202 - LETTRES MODERNES", "L1300 - MATHEMATIQUES",
      "L0422 - ANGLAIS", "L1000 - HISTOIRE GEOGRAPHIE", "L1500 - PHYSIQUE CHIMIE", "L1600 - SVT",
      "L1900 - EDUCATION PHYSIQUE ET SPORTIVE", "L1800 - ARTS PLASTIQUES", "L1700 - EDUCATION MUSICALE",
      "L1400 - TECHNOLOGIE", "L0426 - ESPAGNOL"};

  /** The size of a generated school. */
  public record Shape(List<String> classes, int pupilsPerClass, int parentsPercent, int teachers) {
    public Shape {
      classes = List.copyOf(classes);
      if (pupilsPerClass < 0 || parentsPercent < 0 || parentsPercent > 100 || teachers < 2) {
        throw new IllegalArgumentException("bad shape " + pupilsPerClass + "/" + parentsPercent + "/" + teachers);
      }
    }
  }

  private final ModelWriter writer;
  private final Random random;

  public SchoolGenerator(ModelWriter writer, long seed) {
    this.writer = writer;
    this.random = new Random(seed);
  }

  /** The classes of a collège as the demo school has them: 6A..3D plus 310. */
  public static List<String> collegeClasses() {
    List<String> classes = new ArrayList<>();
    for (String level : List.of("6", "5", "4", "3")) {
      for (String letter : List.of("A", "B", "C", "D")) {
        classes.add(level + letter);
      }
    }
    classes.add("310");
    return classes;
  }

  public void generate(School school, Shape shape) throws SQLException {
    String uai = school.uai().value();
    writer.school(school);
    groups(uai, shape.classes());
    String head = person(school, "Mme", Profile.NON_ENSEIGNANT, Source.AAF,
        new FunctionAssignment(HEAD_FUNCTION, "D0010 - CHEF D'ETABLISSEMENT"), User.ACTIVE);
    writer.member(uai, HEAD_GROUP, head);
    String deputy = person(school, "M.", Profile.NON_ENSEIGNANT, Source.AAF,
        new FunctionAssignment(HEAD_FUNCTION, "D0020 - CHEF D'ETABLISSEMENT ADJOINT"), User.ACTIVE);
    writer.member(uai, HEAD_GROUP, deputy);
    for (int i = 0; i < 2; i++) {
      writer.member(uai, "GA_CPE", person(school, "Mme", Profile.NON_ENSEIGNANT, Source.AAF,
          new FunctionAssignment("EDUCATION", "E0030 - CONSEILLER PRINCIPAL D'EDUCATION"), User.ACTIVE));
    }
    for (int i = 0; i < 4; i++) {
      writer.member(uai, "GA_AED Vie scolaire", person(school, "M.", Profile.NON_ENSEIGNANT, Source.AAF,
          new FunctionAssignment("ASSISTANT D'EDUCATION", ""), User.ACTIVE));
    }
    writer.member(uai, "GA_COP", person(school, "Mme", Profile.NON_ENSEIGNANT, Source.AAF,
        new FunctionAssignment("ORIENTATION", "PSYCHOLOGUE EDUCATION NATIONALE"), User.ACTIVE));
    String librarian = person(school, "Mme", Profile.ENSEIGNANT, Source.AAF,
        new FunctionAssignment("DOCUMENTATION", "L0080 - DOCUMENTATION"), User.ACTIVE);
    writer.member(uai, "GR_admin_Publication Web", librarian);
    writer.serviceAccess(uai, "Médiacentre",
        new AccessEntry(AccessEntry.USER, AccessEntry.USER, librarian, "", "", "", GAR_ROLE));
    person(school, "Mme", Profile.NON_ENSEIGNANT, Source.AAF,
        new FunctionAssignment("PERSONNELS ADMINISTRATIFS", "P9182 - GESTION MATERIELLE"), User.ACTIVE);
    String admin = "admin." + uai.toLowerCase();
    writer.user(new User(admin, "", "Administrateur", "ENT " + uai, Profile.AUTRE, Source.MANUEL, User.ACTIVE,
        school.uai(), List.of()));
    writer.member(uai, SUPER_ADMINS, admin);
    writer.member(uai, "GR_admin_Administrateurs Externes", admin);
    for (int i = 0; i < shape.teachers(); i++) {
      // The last two teachers left in June: their accounts wait for deletion, still in the lists.
      String state = i >= shape.teachers() - 2 ? User.PENDING_DELETION : User.ACTIVE;
      String teacher = person(school, i % 2 == 0 ? "Mme" : "M.", Profile.ENSEIGNANT, Source.AAF,
          new FunctionAssignment("ENSEIGNEMENT", DISCIPLINES[i % DISCIPLINES.length]), state);
      writer.member(uai, TEACHERS_GROUP, teacher);
    }
    for (String className : shape.classes()) {
      for (int i = 0; i < shape.pupilsPerClass(); i++) {
        String pupilLast = pick(LAST);
        String pupil = named(school, "", pick(FIRST), pupilLast, Profile.ELEVE, Source.EDUCONNECT, null, User.ACTIVE);
        writer.member(uai, className, pupil);
        if (random.nextInt(100) < shape.parentsPercent()) {
          named(school, random.nextBoolean() ? "Mme" : "M.", pick(FIRST), pupilLast, Profile.PARENT,
              Source.EDUCONNECT, null, User.ACTIVE);
        }
      }
    }
  }

  private void groups(String uai, List<String> classes) throws SQLException {
    writer.group(uai, HEAD_GROUP, GroupType.FONCTIONNEL, "Direction de l'établissement");
    writer.group(uai, "GA_CPE", GroupType.FONCTIONNEL, "Conseillers principaux d'éducation");
    writer.group(uai, "GA_AED Vie scolaire", GroupType.FONCTIONNEL, "Assistants d'éducation");
    writer.group(uai, "GA_COP", GroupType.FONCTIONNEL, "Psychologues de l'Éducation nationale");
    writer.group(uai, TEACHERS_GROUP, GroupType.FONCTIONNEL, "Enseignants (listes de la messagerie)");
    writer.group(uai, SUPER_ADMINS, GroupType.ADMINISTRATION, "Administrateurs de l'ENT");
    writer.group(uai, "GR_admin_Administrateurs Externes", GroupType.ADMINISTRATION, "Administrateurs externes");
    writer.group(uai, "GR_admin_Publication Web", GroupType.ADMINISTRATION, "Publication web");
    for (String className : classes) {
      writer.group(uai, className, GroupType.CLASSE, "Classe " + className);
    }
    DefaultRights.services(writer, uai);
    DefaultRights.rubriques(writer, uai, classes);
  }

  private String person(School school, String civility, Profile profile, Source source,
      FunctionAssignment function, String state) throws SQLException {
    return named(school, civility, pick(FIRST), pick(LAST), profile, source, function, state);
  }

  private String named(School school, String civility, String first, String last, Profile profile, Source source,
      FunctionAssignment function, String state) throws SQLException {
    String login = writer.allocateLogin(first, last);
    writer.user(new User(login, civility, first, last, profile, source, state, school.uai(),
        function == null ? List.of() : List.of(function)));
    return login;
  }

  private String pick(String[] names) {
    return names[random.nextInt(names.length)];
  }
}
