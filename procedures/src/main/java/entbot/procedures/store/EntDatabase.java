package entbot.procedures.store;

import entbot.procedures.ProcedureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The ENT model's SQLite file ({@code DATA/ent.db}), migrated by Flyway from {@code classpath:db/ent}.
 * Every unit of work runs in one transaction opened with {@code BEGIN IMMEDIATE}: the write lock is
 * taken up front, so two runs at once are serialised (the second waits up to the busy timeout) and
 * never interleaved; a crash before COMMIT leaves the previous state (SQLite's atomic commit, WAL).
 */
public final class EntDatabase {
  public static final String FILE_NAME = "ent.db";
  private static final int BUSY_TIMEOUT_MS = 30_000;

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final SQLiteDataSource dataSource;
  private final Path file;

  private EntDatabase(SQLiteDataSource dataSource, Path file) {
    this.dataSource = dataSource;
    this.file = file;
  }

  public static EntDatabase open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw ProcedureException.failure("Impossible de créer le dossier de données " + dataDir + ".", e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/ent").load().migrate();
    } catch (FlywayException e) {
      throw ProcedureException.failure(
          "La base " + file + " est illisible ou n'a pas pu être mise à jour.", e);
    }
    return new EntDatabase(dataSource, file);
  }

  public Path file() {
    return file;
  }

  /**
   * Copies the write-ahead log back into the database file and truncates it (outside any
   * transaction), so that the file's size is the model's size.
   */
  public void checkpoint() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      throw ProcedureException.failure("Impossible de compacter la base " + file + ".", e);
    }
  }

  /** Runs {@code work} in one transaction and commits it; any exception rolls everything back. */
  public <T> T inTransaction(Work<T> work) {
    return run(work, true);
  }

  /** Runs {@code work} in one transaction that is always rolled back: plans and dry runs. */
  public <T> T inRolledBackTransaction(Work<T> work) {
    return run(work, false);
  }

  private <T> T run(Work<T> work, boolean commit) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        if (commit) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw ProcedureException.failure("Erreur de la base du modèle ENT (" + file + ") : rien n'a été modifié.", e);
    }
  }
}
