package entbot.bot.store;

import entbot.bot.BotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bot's embedded SQLite database ({@code DATA/entbot.db}): tickets, reminder posts, audit log.
 * Opening it applies pending Flyway migrations from {@code classpath:db/bot}; each concern adds its
 * own {@code V<n>__<concern>.sql} there. WAL lets readers run beside the one writer, and the busy
 * timeout serialises two processes writing at once instead of failing.
 */
public final class BotDatabase {
  public static final String FILE_NAME = "entbot.db";

  private final SQLiteDataSource dataSource;

  private BotDatabase(SQLiteDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static BotDatabase open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw BotException.failure("Impossible de créer le dossier de données " + dataDir + ".", e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + dataDir.resolve(FILE_NAME));
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/bot")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw BotException.failure(
          "La base " + dataDir.resolve(FILE_NAME) + " est illisible ou n'a pas pu être mise à jour.", e);
    }
    return new BotDatabase(dataSource);
  }

  /** A new connection; the caller closes it and owns its transaction. */
  public Connection connect() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw BotException.failure("Connexion impossible à la base de données du bot.", e);
    }
  }
}
