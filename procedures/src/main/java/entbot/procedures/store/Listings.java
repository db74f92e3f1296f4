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
      if (directory.strings("SELECT name FROM grp WHERE name = ?", group).isEmpty()) {
        throw ProcedureException.badInput("Groupe inconnu : « " + group + " » (voir « entbot ent groups »).");
      }
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
