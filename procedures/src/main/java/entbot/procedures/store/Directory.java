package entbot.procedures.store;

import entbot.procedures.ProcedureException;
import entbot.procedures.model.Names;
import entbot.procedures.model.School;
import entbot.procedures.model.Uai;
import entbot.procedures.store.Views.Candidate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The lookups procedures rely on (schools, classes, accounts across the ENT, free logins), over one connection. */
public final class Directory {

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
   * The school named by {@code text} (its UAI or its name, ignoring case and accents). With no text,
   * the only school of the model; when the model holds several, guessing would act on the wrong
   * school, so the admin is asked to choose.
   */
  public School school(String text) throws SQLException {
    if (text == null || text.isBlank()) {
      List<School> schools = schools();
      if (schools.isEmpty()) {
        throw ProcedureException.badInput(
            "Le modèle ENT est vide : lancez d'abord « entbot ent init --demo » ou « entbot ent import ».");
      }
      if (schools.size() > 1) {
        throw ProcedureException.badInput("Le modèle contient " + schools.size()
            + " établissements : précisez lequel avec --param etablissement=UAI (ou son nom) parmi "
            + describe(schools) + ".");
      }
      return schools.get(0);
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
        + " » ; établissements du modèle : " + describe(schools()) + ".");
  }

  private static String describe(List<School> schools) {
    return String.join(", ", schools.stream().map(s -> s.name() + " (" + s.uai().value() + ")").toList());
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

  /**
   * Accounts anywhere in the ENT that may be the same person: same profile, and names that
   * {@link Names#typos look alike}, in either order. Candidates come from index ranges (one name
   * exact, or the first two letters of one name and the initial of the other, in both orders), so a
   * typo in the first letters of both names goes unseen: the price of not scanning the whole ENT.
   */
  public List<Candidate> lookAlikes(String firstName, String lastName, String profile) throws SQLException {
    String first = Names.normalize(firstName);
    String last = Names.normalize(lastName);
    StringBuilder where = new StringBuilder();
    List<String> args = new ArrayList<>();
    for (String[] order : List.of(new String[] {first, last}, new String[] {last, first})) {
      String f = order[0];
      String l = order[1];
      where.append(where.isEmpty() ? "" : " OR ").append("norm_last = ? OR norm_first = ?");
      args.add(l);
      args.add(f);
      // The initial goes through substr() so that SQLite searches the narrow two-letter range of the
      // index, not the wide one-letter range (without ANALYZE statistics it may pick the wrong one).
      where.append(" OR (norm_last >= ? AND norm_last < ? AND substr(norm_first, 1, 1) = ?)");
      addRange(args, prefix(l, 2));
      args.add(prefix(f, 1));
      where.append(" OR (norm_first >= ? AND norm_first < ? AND substr(norm_last, 1, 1) = ?)");
      addRange(args, prefix(f, 2));
      args.add(prefix(l, 1));
    }
    List<Candidate> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT login, first_name, last_name, profile, uai, state FROM app_user WHERE profile = ? AND ("
            + where + ") ORDER BY login")) {
      statement.setString(1, profile);
      for (int i = 0; i < args.size(); i++) {
        statement.setString(i + 2, args.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          OptionalInt typos = Names.typos(firstName, lastName, rows.getString(2), rows.getString(3));
          if (typos.isPresent()) {
            found.add(new Candidate(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), typos.getAsInt()));
          }
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
    return found;
  }

  private static String prefix(String text, int length) {
    return text.substring(0, Math.min(length, text.length()));
  }

  /** Bounds of the strings starting with {@code prefix}: [prefix, prefix with its last char + 1). */
  private static void addRange(List<String> args, String prefix) {
    args.add(prefix);
    if (prefix.isEmpty()) {
      args.add("\uffff");
      return;
    }
    char last = prefix.charAt(prefix.length() - 1);
    args.add(prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
  }

  /** Accounts with exactly these normalised names, whatever their profile: "login (profile, uai)". */
  public List<String> homonyms(String firstName, String lastName) throws SQLException {
    return strings("SELECT login || ' (' || profile || ', ' || uai || ')' FROM app_user WHERE norm_last = ?"
        + " AND norm_first = ? ORDER BY login", Names.normalize(lastName), Names.normalize(firstName));
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
}
