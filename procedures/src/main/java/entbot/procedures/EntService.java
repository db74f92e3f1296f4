package entbot.procedures;

import entbot.procedures.seed.CsvImport;
import entbot.procedures.seed.DemoSchool;
import entbot.procedures.seed.ModelWriter;
import entbot.procedures.store.Directory;
import entbot.procedures.store.EntDatabase;
import entbot.procedures.store.Listings;
import entbot.procedures.store.Views.GroupView;
import entbot.procedures.store.Views.RightView;
import entbot.procedures.store.Views.UserView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

/**
 * The facade of the ENT model for {@code entbot ent ...}: (re)initialise it, import a directory
 * export, and query users, groups, rights and rubriques.
 */
public final class EntService implements AutoCloseable {
  private static final List<String> TABLES_CHILDREN_FIRST = List.of("run_change", "run", "aesh_link", "rubrique_access",
      "rubrique", "service_access", "service", "group_manager", "group_member", "grp", "user_function",
      "app_user", "school");

  private final EntDatabase database;

  private EntService(EntDatabase database) {
    this.database = database;
  }

  public static EntService open(Path dataDir) {
    return new EntService(EntDatabase.open(dataDir));
  }

  /** Empties the model (history included) and, with {@code demo}, loads the demo school; all or nothing. */
  public void init(boolean demo) {
    database.inTransaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String table : TABLES_CHILDREN_FIRST) {
          statement.executeUpdate("DELETE FROM " + table);
        }
      }
      if (demo) {
        try (ModelWriter writer = new ModelWriter(connection)) {
          DemoSchool.populate(writer);
        }
      }
      return null;
    });
  }

  /** How big the model is, for the messages of init and import. */
  public record Summary(int schools, int users, int groups, int rubriques, int runs) {}

  public Summary summary() {
    return query(connection -> {
      Directory directory = new Directory(connection);
      return new Summary(count(directory, "school"), count(directory, "app_user"), count(directory, "grp"),
          count(directory, "rubrique"), count(directory, "run"));
    });
  }

  private static int count(Directory directory, String table) throws java.sql.SQLException {
    return Integer.parseInt(directory.strings("SELECT COUNT(*) FROM " + table).get(0));
  }

  public CsvImport.Report importCsv(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw ProcedureException.badInput("Fichier introuvable : " + file + ".");
    } catch (java.nio.charset.MalformedInputException e) {
      throw ProcedureException.badInput("Le fichier " + file + " n'est pas en UTF-8 : réenregistrez-le en UTF-8.");
    } catch (IOException e) {
      throw ProcedureException.failure("Lecture impossible de " + file + ".", e);
    }
    return database.inTransaction(connection -> CsvImport.load(connection, lines));
  }

  public List<UserView> users(String name, String group) {
    return query(connection -> new Listings(connection).users(name, group));
  }

  public List<GroupView> groups() {
    return query(connection -> new Listings(connection).groups());
  }

  public List<RightView> serviceRights(String service) {
    return query(connection -> new Listings(connection).serviceRights(service));
  }

  public List<RightView> rubriqueRights(String path) {
    return query(connection -> new Listings(connection).rubriqueRights(path));
  }

  public List<String> rubriques() {
    return query(connection -> new Listings(connection).rubriques());
  }

  /** Folds the write-ahead log into the database file (after bulk loads). */
  public void checkpoint() {
    database.checkpoint();
  }

  private <T> T query(EntDatabase.Work<T> work) {
    return database.inRolledBackTransaction(work);
  }

  @Override
  public void close() {
    // Connections are opened per unit of work; nothing stays open between calls.
  }

  /** For tests and benchmarks that need the raw connection. */
  public <T> T withConnection(EntDatabase.Work<T> work) {
    return database.inTransaction(work);
  }
}
