package entbot.bot.tickets.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import entbot.bot.tickets.TicketStatus;
import entbot.bot.tickets.draft.Draft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tickets table of {@code entbot.db}. Each method is one transaction: a crash leaves the
 * previous state. Messages name tickets by id only, never the people in them.
 */
public final class TicketStore {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final BotDatabase database;

  public TicketStore(BotDatabase database) {
    this.database = database;
  }

  /** A draft to insert: its new id, and the open ticket it likely duplicates (or null). */
  public record NewTicket(String id, Draft draft, String duplicateOf) {}

  /** Inserts all the drafts of one report in one transaction: all of them or none. */
  public void insertAll(List<NewTicket> tickets, Instant created) {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket "
          + "(id, created, status, route, service, draft_json, duplicate_of) VALUES (?, ?, 'draft', ?, ?, ?, ?)")) {
        for (NewTicket t : tickets) {
          bind(s, t.id(), created.toString(), t.draft().route(), t.draft().service(), toJson(t.draft()), t.duplicateOf());
          s.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw BotException.failure("Enregistrement impossible des tickets dans la base du bot.", e);
    }
  }

  public void replaceDraft(String id, Draft draft) {
    update("UPDATE ticket SET route = ?, service = ?, draft_json = ? WHERE id = ?",
        draft.route(), draft.service(), toJson(draft), id);
  }

  public Optional<StoredTicket> find(String id) {
    List<StoredTicket> found = query("SELECT * FROM ticket WHERE id = ?", id);
    return found.stream().findFirst();
  }

  /** Tickets with that status, or all of them when {@code status} is null, oldest first. */
  public List<StoredTicket> list(TicketStatus status) {
    return status == null
        ? query("SELECT * FROM ticket ORDER BY created, rowid")
        : query("SELECT * FROM ticket WHERE status = ? ORDER BY created, rowid", status.code());
  }

  public void setStatus(String id, TicketStatus status) {
    update("UPDATE ticket SET status = ? WHERE id = ?", status.code(), id);
  }

  /** Written and committed just before asking the helpdesk to create the ticket. */
  public void markSendStarted(String id, Instant at) {
    update("UPDATE ticket SET send_started = ? WHERE id = ?", at.toString(), id);
  }

  public void setRemoteId(String id, String remoteId) {
    update("UPDATE ticket SET remote_id = ? WHERE id = ?", remoteId, id);
  }

  public void markSent(String id, Instant at) {
    update("UPDATE ticket SET status = 'sent', sent_at = ? WHERE id = ?", at.toString(), id);
  }

  public void addAttachment(String id, String fileName, byte[] content) {
    try (Connection c = database.connect();
         PreparedStatement s = c.prepareStatement("INSERT INTO ticket_attachment "
             + "(ticket_id, seq, file_name, content) VALUES (?, "
             + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM ticket_attachment WHERE ticket_id = ?), ?, ?)")) {
      s.setString(1, id);
      s.setString(2, id);
      s.setString(3, fileName);
      s.setBytes(4, content);
      s.executeUpdate();
    } catch (SQLException e) {
      throw BotException.failure("Enregistrement impossible de la pièce jointe du ticket " + id + ".", e);
    }
  }

  public byte[] attachmentContent(String id, int seq) {
    try (Connection c = database.connect();
         PreparedStatement s = c.prepareStatement(
             "SELECT content FROM ticket_attachment WHERE ticket_id = ? AND seq = ?")) {
      s.setString(1, id);
      s.setInt(2, seq);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw BotException.failure("Pièce jointe " + seq + " du ticket " + id + " introuvable.", null);
        }
        return rs.getBytes(1);
      }
    } catch (SQLException e) {
      throw BotException.failure("Lecture impossible d'une pièce jointe du ticket " + id + ".", e);
    }
  }

  public void setAttachmentDocument(String id, int seq, String documentId) {
    update("UPDATE ticket_attachment SET remote_document_id = ? WHERE ticket_id = ? AND seq = ?",
        documentId, id, seq);
  }

  public void markAttachmentLinked(String id, int seq) {
    update("UPDATE ticket_attachment SET linked = 1 WHERE ticket_id = ? AND seq = ?", id, seq);
  }

  public void delete(String id) {
    update("DELETE FROM ticket WHERE id = ?", id);
  }

  /**
   * Deletes the tickets created before {@code cutoff} with their attachments. {@code secure_delete}
   * overwrites the freed pages so the personal data does not linger in the file.
   */
  public int purgeCreatedBefore(Instant cutoff) {
    try (Connection c = database.connect(); Statement pragma = c.createStatement();
         PreparedStatement s = c.prepareStatement("DELETE FROM ticket WHERE created < ?")) {
      pragma.execute("PRAGMA secure_delete = ON");
      pragma.execute("PRAGMA foreign_keys = ON");
      s.setString(1, cutoff.toString());
      return s.executeUpdate();
    } catch (SQLException e) {
      throw BotException.failure("La purge des anciens tickets a échoué.", e);
    }
  }

  private List<StoredTicket> query(String sql, Object... args) {
    try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      List<StoredTicket> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("id");
          rows.add(new StoredTicket(id, rs.getString("created"),
              TicketStatus.fromCode(rs.getString("status")), fromJson(rs.getString("draft_json")),
              rs.getString("duplicate_of"), rs.getString("remote_id"), rs.getString("send_started"),
              attachments(c, id)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw BotException.failure("Lecture impossible des tickets dans la base du bot.", e);
    }
  }

  private static List<StoredTicket.StoredAttachment> attachments(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT seq, file_name, remote_document_id, linked "
        + "FROM ticket_attachment WHERE ticket_id = ? ORDER BY seq")) {
      s.setString(1, id);
      List<StoredTicket.StoredAttachment> list = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(new StoredTicket.StoredAttachment(rs.getInt(1), rs.getString(2), rs.getString(3),
              rs.getInt(4) == 1));
        }
      }
      return list;
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      s.executeUpdate();
    } catch (SQLException e) {
      throw BotException.failure("Écriture impossible dans la base des tickets.", e);
    }
  }

  private static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
  }

  private static String toJson(Draft draft) {
    try {
      return JSON.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw BotException.failure("Enregistrement impossible du brouillon de ticket.", e);
    }
  }

  private static Draft fromJson(String json) {
    try {
      return JSON.readValue(json, Draft.class);
    } catch (JsonProcessingException e) {
      throw BotException.failure("Un ticket enregistré est illisible dans la base du bot.", e);
    }
  }
}
