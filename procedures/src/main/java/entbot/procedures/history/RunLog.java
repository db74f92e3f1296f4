package entbot.procedures.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.procedures.ProcedureException;
import entbot.procedures.engine.Change;
import entbot.procedures.engine.RunRecord;
import entbot.procedures.store.EntityKind;
import entbot.procedures.store.EntityRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the {@code run} and {@code run_change} tables, inside the caller's transaction. */
public final class RunLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> STATE = new TypeReference<>() {};
  private static final TypeReference<List<String>> KEY = new TypeReference<>() {};

  /** A stored run, before its changes are loaded. */
  record Row(long seq, String procedure, String params, String actor, String at, Long undoOf, Long undoneBy) {}

  private final Connection connection;

  public RunLog(Connection connection) {
    this.connection = connection;
  }

  public static String idOf(long seq) {
    return "run-" + seq;
  }

  /** Parses "run-12" or "12"; anything else is bad input. */
  public static long seqOf(String runId) {
    String digits = runId == null ? "" : runId.strip().replaceFirst("^run-", "");
    if (!digits.matches("[0-9]{1,18}")) {
      throw ProcedureException.badInput("Identifiant d'exécution invalide : « " + runId
          + " » (attendu : run-12, voir « entbot procedure history »).");
    }
    return Long.parseLong(digits);
  }

  /** Records a run and its changes in order; returns its sequence number. */
  public long record(String procedure, Map<String, String> params, String actor, List<Change> changes, Long undoOf,
      List<String> steps) throws SQLException {
    long seq;
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO run (procedure, params, actor, at, undo_of) VALUES (?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, procedure);
      insert.setString(2, json(params));
      insert.setString(3, actor);
      insert.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      if (undoOf == null) {
        insert.setNull(5, java.sql.Types.INTEGER);
      } else {
        insert.setLong(5, undoOf);
      }
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        seq = keys.getLong(1);
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_change"
        + " (run_seq, ord, step, entity, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < changes.size(); i++) {
        Change change = changes.get(i);
        insert.setLong(1, seq);
        insert.setInt(2, i);
        insert.setString(3, steps.get(i));
        insert.setString(4, change.ref().kind().name());
        insert.setString(5, json(change.ref().key()));
        insert.setString(6, change.before() == null ? null : json(change.before()));
        insert.setString(7, change.after() == null ? null : json(change.after()));
        insert.executeUpdate();
      }
    }
    if (undoOf != null) {
      try (PreparedStatement mark = connection.prepareStatement("UPDATE run SET undone_by = ? WHERE seq = ?")) {
        mark.setLong(1, seq);
        mark.setLong(2, undoOf);
        mark.executeUpdate();
      }
    }
    return seq;
  }

  public List<RunRecord> history() throws SQLException {
    List<RunRecord> records = new ArrayList<>();
    for (Row row : rows("SELECT seq, procedure, params, actor, at, undo_of, undone_by FROM run ORDER BY seq", null)) {
      records.add(toRecord(row));
    }
    return records;
  }

  Row find(long seq) throws SQLException {
    List<Row> found = rows("SELECT seq, procedure, params, actor, at, undo_of, undone_by FROM run WHERE seq = ?", seq);
    if (found.isEmpty()) {
      throw ProcedureException.badInput("Exécution inconnue : « " + idOf(seq) + " » (voir « entbot procedure history »).");
    }
    return found.get(0);
  }

  List<Change> changes(long seq) throws SQLException {
    List<Change> changes = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT entity, entity_key, before, after FROM run_change WHERE run_seq = ? ORDER BY ord")) {
      select.setLong(1, seq);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          EntityRef ref = new EntityRef(EntityKind.valueOf(rows.getString(1)), parse(rows.getString(2), KEY));
          changes.add(new Change(ref, state(rows.getString(3)), state(rows.getString(4))));
        }
      }
    }
    return changes;
  }

  /** Later runs, still in effect, that changed any of these entities: "run-14 (aesh-entmip)". */
  List<String> laterRunsTouching(long seq, List<Change> changes) throws SQLException {
    List<String> later = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT DISTINCT r.seq, r.procedure FROM run_change c JOIN run r ON r.seq = c.run_seq"
            + " WHERE r.seq > ?1 AND r.undone_by IS NULL AND (r.undo_of IS NULL OR r.undo_of <= ?1)"
            + " AND c.entity = ?2 AND c.entity_key = ?3 ORDER BY r.seq")) {
      // A later run that was undone, and the undo run that reversed it, cancel out: neither blocks.
      for (Change change : changes) {
        select.setLong(1, seq);
        select.setString(2, change.ref().kind().name());
        select.setString(3, json(change.ref().key()));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            String run = idOf(rows.getLong(1)) + " (" + rows.getString(2) + ")";
            if (!later.contains(run)) {
              later.add(run);
            }
          }
        }
      }
    }
    return later;
  }

  private RunRecord toRecord(Row row) throws SQLException {
    String status = row.undoOf() != null ? "undo" : row.undoneBy() != null ? "undone" : "applied";
    return new RunRecord(idOf(row.seq()), row.procedure(), row.actor(), row.at(), parse(row.params(), STATE), status,
        row.undoOf() == null ? null : idOf(row.undoOf()), row.undoneBy() == null ? null : idOf(row.undoneBy()),
        changes(row.seq()));
  }

  private List<Row> rows(String sql, Long seq) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (seq != null) {
        select.setLong(1, seq);
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
              result.getString(5), nullableLong(result, 6), nullableLong(result, 7)));
        }
      }
    }
    return rows;
  }

  private static Long nullableLong(ResultSet result, int column) throws SQLException {
    long value = result.getLong(column);
    return result.wasNull() ? null : value;
  }

  private static Map<String, String> state(String json) {
    return json == null ? null : parse(json, STATE);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value, e);
    }
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw ProcedureException.failure("Historique des exécutions illisible dans la base.", e);
    }
  }
}
