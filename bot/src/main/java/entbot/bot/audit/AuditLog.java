package entbot.bot.audit;

import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends audited actions to {@code audit_log} and reads the latest back. */
public final class AuditLog {
  public static final String PROCEDURE_APPLY = "procedure.apply";
  public static final String PROCEDURE_UNDO = "procedure.undo";
  public static final String TICKET_SUBMIT = "ticket.submit";

  private final BotDatabase database;
  private final Clock clock;

  public AuditLog(BotDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public AuditEntry record(String actor, String action, String target, String detail) {
    AuditEntry entry = new AuditEntry(clock.instant(), actor, action, target, detail);
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, entry.at().toString());
      s.setString(2, entry.actor());
      s.setString(3, entry.action());
      s.setString(4, entry.target());
      s.setString(5, entry.detail());
      s.executeUpdate();
      return entry;
    } catch (SQLException e) {
      throw BotException.failure("Écriture du journal d'audit impossible.", e);
    }
  }

  /** The latest {@code limit} entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement("SELECT at, actor, action, target, detail "
            + "FROM audit_log ORDER BY id DESC LIMIT ?")) {
      s.setInt(1, limit);
      try (ResultSet rs = s.executeQuery()) {
        List<AuditEntry> entries = new ArrayList<>();
        while (rs.next()) {
          entries.add(new AuditEntry(Instant.parse(rs.getString(1)), rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5)));
        }
        return entries;
      }
    } catch (SQLException e) {
      throw BotException.failure("Lecture du journal d'audit impossible.", e);
    }
  }
}
