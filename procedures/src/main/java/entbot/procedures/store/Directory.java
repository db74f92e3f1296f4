package entbot.procedures.store;

import entbot.procedures.ProcedureException;
import entbot.procedures.model.FunctionAssignment;
import entbot.procedures.model.Names;
import entbot.procedures.model.School;
import entbot.procedures.model.Uai;
import entbot.procedures.store.Views.Candidate;
import entbot.procedures.store.Views.GroupView;
import entbot.procedures.store.Views.RightView;
import entbot.procedures.store.Views.UserView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queries of the ENT's directory (annuaire), services and rubriques, over one connection. */
public final class Directory {
  /** How far (edit distance over first and last names) a name may be from another and still be a typo of it. */
  public static final int TYPO_DISTANCE = 2;

  private final Connection connection;

  public Directory(Connection connection) {
    this.connection = connection;
  }

  public List<School> schools() throws SQLException {
    List<School> schools = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT uai, name FROM school ORDER BY rowid");
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        schools.add(new School(new Uai(rows.getString(1)), rows.getString(2)));
      }
    }
    return schools;
  }

  /**
   * The school named by {@code text} (its UAI or its name, ignoring case and accents); with no text,
   * the first school of the model (the "site courant").
   */
  public School school(String text) throws SQLException {
    if (text == null || text.isBlank()) {
      try (PreparedStatement statement =
               connection.prepareStatement("SELECT uai, name FROM school ORDER BY rowid LIMIT 1");
           ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw ProcedureException.badInput(
              "Le modèle ENT est vide : lancez d'abord « entbot ent init --demo » ou « entbot ent import ».");
        }
        return new School(new Uai(rows.getString(1)), rows.getString(2));
      }
    }
    String wanted = text.strip();
    if (Uai.looksLikeOne(wanted)) {
      try (PreparedStatement statement = connection.prepareStatement("SELECT uai, name FROM school WHERE uai = ?")) {
        statement.setString(1, wanted.toUpperCase());
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            return new School(new Uai(rows.getString(1)), rows.getString(2));
          }
        }
      }
    } else {
      for (School school : schools()) {
        if (Names.normalize(school.name()).equals(Names.normalize(wanted))) {
          return school;
        }
      }
    }
    throw ProcedureException.badInput("Établissement inconnu : « " + wanted
        + " » (donnez son UAI, par exemple 0820588U, ou son nom exact).");
  }

  public List<String> classNames(String uai) throws SQLException {
    return strings("SELECT name FROM grp WHERE uai = ? AND type = 'CLASSE' ORDER BY name", uai);
  }

  public boolean groupExists(String uai, String name) throws SQLException {
    return !strings("SELECT name FROM grp WHERE uai = ? AND name = ?", uai, name).isEmpty();
  }

  public boolean userExists(String login) throws SQLException {
    return !strings("SELECT login FROM app_user WHERE login = ?", login).isEmpty();
  }

  /** Users whose names contain {@code name} (accents and case ignored) and/or members of {@code group}. */
  public List<UserView> users(String name, String group) throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT u.login, u.first_name, u.last_name, u.profile, u.source, u.state, u.uai FROM app_user u WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      sql.append(" AND (u.norm_first || ' ' || u.norm_last LIKE ? OR u.norm_last || ' ' || u.norm_first LIKE ?"
          + " OR u.login LIKE ?)");
      String like = "%" + Names.normalize(name) + "%";
      args.add(like);
      args.add(like);
      args.add("%" + name.strip().toLowerCase() + "%");
    }
    if (group != null && !group.isBlank()) {
      sql.append(" AND u.login IN (SELECT login FROM group_member WHERE group_name = ?)");
      args.add(group);
    }
    sql.append(" ORDER BY u.norm_last, u.norm_first, u.login");
    Map<String, List<String>> groups = multimap("SELECT login, group_name FROM group_member ORDER BY group_name");
    Map<String, List<FunctionAssignment>> functions = new LinkedHashMap<>();
    try (PreparedStatement statement =
             connection.prepareStatement("SELECT login, function, discipline FROM user_function ORDER BY function");
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        functions.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
            .add(new FunctionAssignment(rows.getString(2), rows.getString(3)));
      }
    }
    List<UserView> users = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        statement.setString(i + 1, args.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String login = rows.getString(1);
          users.add(new UserView(login, rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getString(5), rows.getString(6), rows.getString(7),
              groups.getOrDefault(login, List.of()), functions.getOrDefault(login, List.of())));
        }
      }
    }
    return users;
  }

  public List<GroupView> groups() throws SQLException {
    Map<String, List<String>> members =
        multimap("SELECT uai || '/' || group_name, login FROM group_member ORDER BY login");
    Map<String, List<String>> managers =
        multimap("SELECT uai || '/' || group_name, login FROM group_manager ORDER BY login");
    List<GroupView> groups = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
             "SELECT uai, name, type, description FROM grp ORDER BY uai, name");
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String key = rows.getString(1) + "/" + rows.getString(2);
        String type = rows.getString(3).toLowerCase().replace('_', '-');
        groups.add(new GroupView(rows.getString(2), type, rows.getString(1), rows.getString(4),
            managers.getOrDefault(key, List.of()), members.getOrDefault(key, List.of())));
      }
    }
    return groups;
  }

  public List<RightView> serviceRights(String service) throws SQLException {
    if (strings("SELECT name FROM service WHERE name = ?", service).isEmpty()) {
      throw ProcedureException.badInput("Service inconnu : « " + service + " » (voir Gestion portail > Services).");
    }
    return rights("SELECT a.target_type, a.target, a.kind, a.profile, a.function, a.discipline, a.role, s.name, s.uai"
        + " FROM service_access a JOIN school s ON s.uai = a.uai WHERE a.service = ? ORDER BY a.rowid", service);
  }

  public List<RightView> rubriqueRights(String path) throws SQLException {
    if (strings("SELECT path FROM rubrique WHERE path = ?", path).isEmpty()) {
      throw ProcedureException.badInput("Rubrique inconnue : « " + path + " » (voir « entbot ent rubriques »).");
    }
    return rights("SELECT a.target_type, a.target, a.kind, a.profile, a.function, a.discipline, a.role, s.name, s.uai"
        + " FROM rubrique_access a JOIN school s ON s.uai = a.uai WHERE a.path = ? ORDER BY a.rowid", path);
  }

  /** The access entries of one rubrique as (kind, target_type, target, profile, function, discipline, role). */
  public List<List<String>> rubriqueEntries(String uai, String path) throws SQLException {
    List<List<String>> entries = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT kind, target_type, target, profile, function, discipline, role FROM rubrique_access"
            + " WHERE uai = ? AND path = ? ORDER BY rowid")) {
      statement.setString(1, uai);
      statement.setString(2, path);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          List<String> entry = new ArrayList<>();
          for (int i = 1; i <= 7; i++) {
            entry.add(rows.getString(i));
          }
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  public List<String> rubriques() throws SQLException {
    return strings("SELECT DISTINCT path FROM rubrique ORDER BY path");
  }

  /**
   * Accounts anywhere in the ENT that may be the same person: same profile, and first and last
   * names equal once normalised or within {@link #TYPO_DISTANCE} typos. Candidates are fetched
   * through the name indexes (one of the two names must match exactly), then scored.
   */
  public List<Candidate> lookAlikes(String firstName, String lastName, String profile) throws SQLException {
    String first = Names.normalize(firstName);
    String last = Names.normalize(lastName);
    List<Candidate> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT login, first_name, last_name, profile, uai, state, norm_first, norm_last FROM app_user"
            + " WHERE (norm_last = ? OR norm_first = ?) AND profile = ? ORDER BY login")) {
      statement.setString(1, last);
      statement.setString(2, first);
      statement.setString(3, profile);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          int distance = Names.distance(first, rows.getString(7)) + Names.distance(last, rows.getString(8));
          if (distance <= TYPO_DISTANCE) {
            found.add(new Candidate(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), distance));
          }
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
    return found;
  }

  /** The first free login for these names: "prenom.nom", else "prenom.nom1", "prenom.nom2"... */
  public String freeLogin(String firstName, String lastName) throws SQLException {
    String base = Names.loginBase(firstName, lastName);
    List<String> taken = strings("SELECT login FROM app_user WHERE login = ? OR login GLOB ?", base, base + "[0-9]*");
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 1; ; n++) {
      if (!taken.contains(base + n)) {
        return base + n;
      }
    }
  }

  public int countServiceRole(String uai, String role) throws SQLException {
    try (PreparedStatement statement =
             connection.prepareStatement("SELECT COUNT(*) FROM service_access WHERE uai = ? AND role = ?")) {
      statement.setString(1, uai);
      statement.setString(2, role);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Rows of a one-column query. */
  public List<String> strings(String sql, String... args) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setString(i + 1, args[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private List<RightView> rights(String sql, String arg) throws SQLException {
    List<RightView> rights = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, arg);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String targetType = rows.getString(1);
          String target = "etablissement".equals(targetType)
              ? rows.getString(8) + " (" + rows.getString(9) + ")" : rows.getString(2);
          rights.add(new RightView(target, targetType, rows.getString(3), rows.getString(4), rows.getString(5),
              rows.getString(6), rows.getString(7)));
        }
      }
    }
    return rights;
  }

  private Map<String, List<String>> multimap(String sql) throws SQLException {
    Map<String, List<String>> map = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        map.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return map;
  }
}
