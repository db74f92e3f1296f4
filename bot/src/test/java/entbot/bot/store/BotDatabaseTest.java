package entbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotDatabaseTest {
  @TempDir Path dataDir;

  @Test
  void createsTheDatabaseAndAppliesMigrationsOnceOnly() throws Exception {
    BotDatabase.open(dataDir);
    BotDatabase database = BotDatabase.open(dataDir);
    assertTrue(Files.exists(dataDir.resolve(BotDatabase.FILE_NAME)));
    try (Connection connection = database.connect();
        ResultSet rows = connection.createStatement()
            .executeQuery("SELECT value FROM app_info WHERE key = 'created_by'")) {
      assertTrue(rows.next());
      assertEquals("entbot", rows.getString(1));
    }
  }

  @Test
  void refusesACorruptDatabaseFileWithAFrenchMessage() throws Exception {
    Files.writeString(dataDir.resolve(BotDatabase.FILE_NAME), "ceci n'est pas une base SQLite".repeat(200));
    BotException error = assertThrows(BotException.class, () -> BotDatabase.open(dataDir));
    assertTrue(error.getMessage().contains("illisible"), error.getMessage());
  }
}
