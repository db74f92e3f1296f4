package entbot.procedures.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes whole entities as states: a map of every column to its value, or {@code null}
 * when the row does not exist. Writing a state upserts the row; writing {@code null} deletes it.
 * This is the only way procedures change the model, so every change can be recorded and undone.
 */
public final class EntityStore {
  private EntityStore() {}

  public static Map<String, String> read(Connection connection, EntityRef ref) throws SQLException {
    EntityKind kind = ref.kind();
    String sql = "SELECT " + String.join(", ", kind.allColumns()) + " FROM " + kind.table()
        + " WHERE " + where(kind);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, ref.key(), 1);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        Map<String, String> state = new LinkedHashMap<>();
        for (String column : kind.allColumns()) {
          state.put(column, rows.getString(column));
        }
        return state;
      }
    }
  }

  /** Sets the entity to {@code state} (all columns, key included) or deletes it when null. */
  public static void write(Connection connection, EntityRef ref, Map<String, String> state) throws SQLException {
    EntityKind kind = ref.kind();
    if (state == null) {
      try (PreparedStatement statement =
               connection.prepareStatement("DELETE FROM " + kind.table() + " WHERE " + where(kind))) {
        bind(statement, ref.key(), 1);
        statement.executeUpdate();
      }
      return;
    }
    List<String> columns = kind.allColumns();
    String sql = "INSERT INTO " + kind.table() + " (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
        + " ON CONFLICT (" + String.join(", ", kind.keyColumns()) + ") DO "
        + (kind.valueColumns().isEmpty() ? "NOTHING"
            : "UPDATE SET " + kind.valueColumns().stream().map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", ")));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (String column : columns) {
        statement.setString(index++, state.get(column));
      }
      statement.executeUpdate();
    }
  }

  private static String where(EntityKind kind) {
    return kind.keyColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
  }

  private static void bind(PreparedStatement statement, List<String> values, int first) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(first + i, values.get(i));
    }
  }
}
