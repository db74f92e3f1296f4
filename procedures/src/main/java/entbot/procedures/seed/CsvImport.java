package entbot.procedures.seed;

import entbot.procedures.ProcedureException;
import entbot.procedures.model.FunctionAssignment;
import entbot.procedures.model.GroupType;
import entbot.procedures.model.Names;
import entbot.procedures.model.Profile;
import entbot.procedures.model.School;
import entbot.procedures.model.Source;
import entbot.procedures.model.Uai;
import entbot.procedures.model.User;
import entbot.procedures.store.Directory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads users from a directory export (CSV, one user a line, a header naming the columns). Every
 * line is checked first; if any is invalid the whole file is refused with each bad line named, and
 * nothing is written. A person already in the ENT (same normalised names and profile) is skipped,
 * never duplicated. Columns: see {@link #COLUMNS}; {@code uai}, {@code profil}, {@code prenom} and
 * {@code nom} are required.
 */
public final class CsvImport {
  public static final List<String> COLUMNS = List.of("uai", "etablissement", "profil", "civilite", "prenom", "nom",
      "source", "classe", "fonction", "discipline", "login");
  private static final List<String> REQUIRED = List.of("uai", "profil", "prenom", "nom");

  /** What an import did. */
  public record Report(int imported, int alreadyPresent, int schoolsCreated, int classesCreated) {}

  private record Row(int line, Uai uai, String schoolName, Profile profile, String civility, String first,
      String last, Source source, String className, FunctionAssignment function, String login) {}

  private CsvImport() {}

  public static Report load(Connection connection, List<String> lines) throws SQLException {
    List<Row> rows = parse(connection, lines);
    Directory directory = new Directory(connection);
    Set<String> schools = new HashSet<>(directory.strings("SELECT uai FROM school"));
    Set<String> classes = new HashSet<>(directory.strings("SELECT uai || '/' || name FROM grp WHERE type = 'CLASSE'"));
    int imported = 0;
    int present = 0;
    int schoolsCreated = 0;
    int classesCreated = 0;
    Set<String> seenPeople = new HashSet<>();
    try (ModelWriter writer = new ModelWriter(connection)) {
      for (Row row : rows) {
        String uai = row.uai().value();
        if (schools.add(uai)) {
          writer.school(new School(row.uai(), row.schoolName()));
          DefaultRights.services(writer, uai);
          writer.rubrique(uai, "Classes");
          schoolsCreated++;
        }
        String person = Names.normalize(row.first()) + "|" + Names.normalize(row.last()) + "|" + row.profile();
        boolean exists = directory.lookAlikes(row.first(), row.last(), row.profile().label()).stream()
            .anyMatch(c -> c.distance() == 0);
        if (exists || !seenPeople.add(person)) {
          present++;
          continue;
        }
        String login = row.login() == null ? writer.allocateLogin(row.first(), row.last()) : row.login();
        writer.user(new User(login, row.civility(), row.first(), row.last(), row.profile(), row.source(),
            User.ACTIVE, row.uai(), row.function() == null ? List.of() : List.of(row.function())));
        if (row.className() != null) {
          if (classes.add(uai + "/" + row.className())) {
            writer.group(uai, row.className(), GroupType.CLASSE, "Classe " + row.className());
            writer.rubrique(uai, "Classes/Classe " + row.className());
            classesCreated++;
          }
          writer.member(uai, row.className(), login);
        }
        imported++;
      }
    }
    return new Report(imported, present, schoolsCreated, classesCreated);
  }

  private static List<Row> parse(Connection connection, List<String> lines) throws SQLException {
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw ProcedureException.badInput("Fichier refusé, rien n'a été importé : il est vide (la première ligne doit"
          + " nommer les colonnes : " + String.join(";", COLUMNS) + ").");
    }
    char separator = CsvRows.separatorOf(lines.get(0));
    List<String> header = CsvRows.split(lines.get(0).replace("\uFEFF", ""), separator);
    Map<String, Integer> index = new HashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; header != null && i < header.size(); i++) {
      String column = Names.normalize(header.get(i)).replace(' ', '_');
      if (!COLUMNS.contains(column)) {
        errors.add("ligne 1 : colonne inconnue « " + header.get(i) + " »");
      }
      index.put(column, i);
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        errors.add("ligne 1 : colonne obligatoire « " + required + " » absente");
      }
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    Directory directory = new Directory(connection);
    Set<String> knownSchools = new HashSet<>(directory.strings("SELECT uai FROM school"));
    Set<String> explicitLogins = new HashSet<>();
    Map<String, String> newSchools = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      int lineNumber = n + 1;
      List<String> fields = CsvRows.split(line, separator);
      if (fields == null) {
        errors.add("ligne " + lineNumber + " : guillemet non refermé");
        continue;
      }
      if (fields.size() != header.size()) {
        errors.add("ligne " + lineNumber + " : " + fields.size() + " colonnes au lieu de " + header.size());
        continue;
      }
      try {
        Uai uai = new Uai(field(fields, index, "uai"));
        String schoolName = field(fields, index, "etablissement");
        if (!knownSchools.contains(uai.value()) && schoolName == null && !newSchools.containsKey(uai.value())) {
          throw ProcedureException.badInput("établissement " + uai + " inconnu : renseignez la colonne etablissement");
        }
        if (schoolName != null) {
          newSchools.putIfAbsent(uai.value(), schoolName);
        }
        Profile profile = Profile.parse(field(fields, index, "profil"));
        String first = name(field(fields, index, "prenom"), "prénom");
        String last = name(field(fields, index, "nom"), "nom");
        String sourceText = field(fields, index, "source");
        Source source = sourceText == null ? Source.AAF : Source.parse(sourceText);
        String className = field(fields, index, "classe");
        if (className != null && profile != Profile.ELEVE) {
          throw ProcedureException.badInput("seul un élève a une classe");
        }
        String function = field(fields, index, "fonction");
        String discipline = field(fields, index, "discipline");
        if (function == null && discipline != null) {
          throw ProcedureException.badInput("discipline de poste sans fonction");
        }
        String login = field(fields, index, "login");
        if (login != null && (!login.matches("[a-z0-9][a-z0-9.\\-]*") || directory.userExists(login)
            || !explicitLogins.add(login))) {
          throw ProcedureException.badInput("identifiant « " + login + " » invalide ou déjà pris");
        }
        rows.add(new Row(lineNumber, uai, newSchools.get(uai.value()), profile,
            orEmpty(field(fields, index, "civilite")), first, last, source, className,
            function == null ? null : new FunctionAssignment(function, discipline), login));
      } catch (ProcedureException e) {
        errors.add("ligne " + lineNumber + " : " + lowerFirst(e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    return rows;
  }

  private static ProcedureException refused(List<String> errors) {
    return ProcedureException.badInput("Fichier refusé, rien n'a été importé : " + String.join(" ; ", errors) + ".");
  }

  private static String field(List<String> fields, Map<String, Integer> index, String column) {
    Integer at = index.get(column);
    if (at == null) {
      return null;
    }
    String value = fields.get(at);
    return value.isEmpty() ? null : value;
  }

  private static String name(String value, String what) {
    if (value == null) {
      throw ProcedureException.badInput(what + " vide");
    }
    if (!value.matches("[\\p{L}][\\p{L} '’\\-]*")) {
      throw ProcedureException.badInput(what + " invalide « " + value + " »");
    }
    return value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String lowerFirst(String message) {
    String trimmed = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    // "Profil inconnu" -> "profil inconnu", but keep acronyms such as "UAI invalide".
    if (trimmed.length() < 2 || Character.isUpperCase(trimmed.charAt(1))) {
      return trimmed;
    }
    return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
