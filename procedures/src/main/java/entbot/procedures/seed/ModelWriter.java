package entbot.procedures.seed;

import entbot.procedures.model.AccessEntry;
import entbot.procedures.model.FunctionAssignment;
import entbot.procedures.model.GroupType;
import entbot.procedures.model.Names;
import entbot.procedures.model.School;
import entbot.procedures.model.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inserts schools, users, groups, services and rubriques in bulk inside the caller's transaction,
 * with the model's checks: values are built as validated records, logins are generated as the ENT
 * does ({@code prenom.nom}, then a number on collision) and kept unique across the whole ENT.
 * Not for procedures, whose changes go through the engine so they can be recorded and undone.
 */
public final class ModelWriter implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final Set<String> logins = new HashSet<>();
  private final Map<String, Integer> nextNumber = new HashMap<>();

  public ModelWriter(Connection connection) throws SQLException {
    this.connection = connection;
    try (PreparedStatement statement = connection.prepareStatement("SELECT login FROM app_user");
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        logins.add(rows.getString(1));
      }
    }
  }

  public void school(School school) throws SQLException {
    exec("INSERT INTO school (uai, name) VALUES (?, ?)", school.uai().value(), school.name());
  }

  /** A free login for these names, reserved at once so that the next call gets another one. */
  public String allocateLogin(String firstName, String lastName) {
    String base = Names.loginBase(firstName, lastName);
    if (logins.add(base)) {
      return base;
    }
    int n = nextNumber.getOrDefault(base, 1);
    while (!logins.add(base + n)) {
      n++;
    }
    nextNumber.put(base, n + 1);
    return base + n;
  }

  public boolean loginTaken(String login) {
    return logins.contains(login);
  }

  /** Inserts the user (its login must come from {@link #allocateLogin} or be otherwise unique). */
  public void user(User user) throws SQLException {
    logins.add(user.login());
    exec("INSERT INTO app_user (login, civility, first_name, last_name, norm_first, norm_last, profile, source,"
            + " state, uai) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        user.login(), user.civility(), user.firstName(), user.lastName(), Names.normalize(user.firstName()),
        Names.normalize(user.lastName()), user.profile().label(), user.source().label(), user.state(),
        user.uai().value());
    for (FunctionAssignment function : user.functions()) {
      exec("INSERT OR IGNORE INTO user_function (login, uai, function, discipline) VALUES (?, ?, ?, ?)",
          user.login(), user.uai().value(), function.function(), function.discipline());
    }
  }

  public void group(String uai, String name, GroupType type, String description) throws SQLException {
    exec("INSERT OR IGNORE INTO grp (uai, name, type, description, lifetime, visibility) VALUES (?, ?, ?, ?, ?, ?)",
        uai, requireText(name, "nom de groupe"), type.name(), description == null ? "" : description,
        type == GroupType.CLASSE ? "Limitée à l'année scolaire" : "Non limitée", "Tout le monde");
  }

  public void member(String uai, String group, String login) throws SQLException {
    exec("INSERT OR IGNORE INTO group_member (uai, group_name, login) VALUES (?, ?, ?)", uai, group, login);
  }

  public void manager(String uai, String group, String login) throws SQLException {
    exec("INSERT OR IGNORE INTO group_manager (uai, group_name, login) VALUES (?, ?, ?)", uai, group, login);
  }

  public void service(String uai, String name, String code, String ssoType, String url, String grouping)
      throws SQLException {
    exec("INSERT INTO service (uai, name, code, sso_type, url, grouping) VALUES (?, ?, ?, ?, ?, ?)",
        uai, requireText(name, "nom de service"), code, ssoType, url, grouping);
  }

  public void serviceAccess(String uai, String service, AccessEntry entry) throws SQLException {
    exec("INSERT OR IGNORE INTO service_access (uai, service, kind, target_type, target, profile, function,"
            + " discipline, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        uai, service, entry.kind(), entry.targetType(), entry.target(), entry.profile(), entry.function(),
        entry.discipline(), entry.role());
  }

  /** Adds a rubrique under its parent (which must exist): "Classes/Classe 310". */
  public void rubrique(String uai, String path) throws SQLException {
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? null : path.substring(0, slash);
    exec("INSERT INTO rubrique (uai, path, name, parent) VALUES (?, ?, ?, ?)",
        uai, path, path.substring(slash + 1), parent);
  }

  public void rubriqueAccess(String uai, String path, AccessEntry entry) throws SQLException {
    exec("INSERT OR IGNORE INTO rubrique_access (uai, path, kind, target_type, target, profile, function,"
            + " discipline, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        uai, path, entry.kind(), entry.targetType(), entry.target(), entry.profile(), entry.function(),
        entry.discipline(), entry.role());
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw entbot.procedures.ProcedureException.badInput("Le " + what + " ne peut pas être vide.");
    }
    return text;
  }

  private void exec(String sql, String... args) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    for (int i = 0; i < args.length; i++) {
      statement.setString(i + 1, args[i]);
    }
    statement.executeUpdate();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements.values()) {
      statement.close();
    }
  }
}
