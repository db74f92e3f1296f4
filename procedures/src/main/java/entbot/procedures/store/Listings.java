package entbot.procedures.store;

import entbot.procedures.ProcedureException;
import entbot.procedures.model.FunctionAssignment;
import entbot.procedures.model.Names;
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

/** The listings of {@code entbot ent users|groups|rights|rubriques}, shaped as the contract's JSON. */
public final class Listings {
  private final Connection connection;
  private final Directory directory;

  public Listings(Connection connection) {
    this.connection = connection;
    this.directory = new Directory(connection);
  }

  /** Users whose names contain {@code name} (accents and case ignored) and/or members of {@code group}. */
  public List<UserView> users(String name, String group) throws SQLException {
    StringBuilder where = new StringBuilder("1 = 1");
    List<String> args = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      where.append(" AND (u.norm_first || ' ' || u.norm_last LIKE ? OR u.norm_last || ' ' || u.norm_first LIKE ?"
          + " OR u.login LIKE ?)");
      String like = "%" + Names.normalize(name) + "%";
      args.add(like);
      args.add(like);
      args.add("%" + name.strip().toLowerCase() + "%");
    }
    if (group != null && !group.isBlank()) {
      if (directory.strings("SELECT name FROM grp WHERE name = ?", group).isEmpty()) {
        throw ProcedureException.badInput("Groupe inconnu : « " + group + " » (voir « entbot ent groups »).");
      }
      where.append(" AND u.login IN (SELECT login FROM group_member WHERE group_name = ?)");
      args.add(group);
    }
    // Groups and functions only of the users listed: the whole tables are large on a big ENT.
    String selected = "(SELECT u.login FROM app_user u WHERE " + where + ")";
    Map<String, List<String>> groups = multimap(
        "SELECT login, group_name FROM group_member WHERE login IN " + selected + " ORDER BY group_name", args);
    Map<String, List<String>> functionRows = multimap("SELECT login, function || char(0) || discipline"
        + " FROM user_function WHERE login IN " + selected + " ORDER BY function", args);
    List<UserView> users = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT u.login, u.first_name, u.last_name,"
        + " u.profile, u.source, u.state, u.uai FROM app_user u WHERE " + where
        + " ORDER BY u.norm_last, u.norm_first, u.login")) {
      bind(statement, args);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String login = rows.getString(1);
          List<FunctionAssignment> functions = functionRows.getOrDefault(login, List.of()).stream()
              .map(f -> f.split("\u0000", 2)).map(f -> new FunctionAssignment(f[0], f[1])).toList();
          users.add(new UserView(login, rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getString(5), rows.getString(6), rows.getString(7), groups.getOrDefault(login, List.of()),
              functions));
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
    if (directory.strings("SELECT name FROM service WHERE name = ?", service).isEmpty()) {
      throw ProcedureException.badInput("Service inconnu : « " + service + " » (voir Gestion portail > Services).");
    }
    return rights("SELECT a.target_type, a.target, a.kind, a.profile, a.function, a.discipline, a.role, s.name, s.uai"
        + " FROM service_access a JOIN school s ON s.uai = a.uai WHERE a.service = ? ORDER BY a.rowid", service);
  }

  public List<RightView> rubriqueRights(String path) throws SQLException {
    if (directory.strings("SELECT path FROM rubrique WHERE path = ?", path).isEmpty()) {
      throw ProcedureException.badInput("Rubrique inconnue : « " + path + " » (voir « entbot ent rubriques »).");
    }
    return rights("SELECT a.target_type, a.target, a.kind, a.profile, a.function, a.discipline, a.role, s.name, s.uai"
        + " FROM rubrique_access a JOIN school s ON s.uai = a.uai WHERE a.path = ? ORDER BY a.rowid", path);
  }

  public List<String> rubriques() throws SQLException {
    return directory.strings("SELECT DISTINCT path FROM rubrique ORDER BY path");
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
    return multimap(sql, List.of());
  }

  private Map<String, List<String>> multimap(String sql, List<String> args) throws SQLException {
    Map<String, List<String>> map = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, args);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          map.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return map;
  }

  private static void bind(PreparedStatement statement, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      statement.setString(i + 1, args.get(i));
    }
  }
}
