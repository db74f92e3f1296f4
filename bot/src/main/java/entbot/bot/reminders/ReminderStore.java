package entbot.bot.reminders;

import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Custom reminders and the record of posts, in {@code entbot.db} (migration V2). */
final class ReminderStore {
  private final BotDatabase database;

  ReminderStore(BotDatabase database) {
    this.database = database;
  }

  List<Reminder> customReminders() {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(
            "SELECT id, title, schedule, text FROM reminder ORDER BY created_at, id");
        ResultSet rs = s.executeQuery()) {
      List<Reminder> reminders = new ArrayList<>();
      while (rs.next()) {
        reminders.add(new Reminder(rs.getString(1), rs.getString(2), Schedule.parse(rs.getString(3)),
            rs.getString(4), null, null, true));
      }
      return reminders;
    } catch (SQLException e) {
      throw BotException.failure("Lecture des rappels impossible.", e);
    }
  }

  /** Inserts a custom reminder; false when the id is already taken. */
  boolean insert(Reminder reminder, Instant now) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO reminder "
            + "(id, title, schedule, text, created_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, reminder.id());
      s.setString(2, reminder.title());
      s.setString(3, reminder.schedule().expression());
      s.setString(4, reminder.text());
      s.setString(5, now.toString());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw BotException.failure("Enregistrement du rappel impossible.", e);
    }
  }

  boolean delete(String id) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement("DELETE FROM reminder WHERE id = ?")) {
      s.setString(1, id);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw BotException.failure("Suppression du rappel impossible.", e);
    }
  }

  boolean wasPosted(String reminderId, Instant scheduledAt) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM reminder_post WHERE reminder_id = ? AND scheduled_at = ?")) {
      s.setString(1, reminderId);
      s.setString(2, scheduledAt.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw BotException.failure("Lecture des rappels publiés impossible.", e);
    }
  }

  /**
   * Records the post and runs {@code post} inside one transaction: the key is claimed first (so two
   * bot processes cannot both post), and a failed post rolls the claim back so that it is retried.
   * Returns false, without posting, when the occurrence was already recorded.
   */
  boolean recordAndPost(String reminderId, Instant scheduledAt, Instant now, Runnable post) {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO reminder_post "
          + "(reminder_id, scheduled_at, posted_at) VALUES (?, ?, ?)")) {
        s.setString(1, reminderId);
        s.setString(2, scheduledAt.toString());
        s.setString(3, now.toString());
        if (s.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
        post.run();
        c.commit();
        return true;
      } catch (RuntimeException | SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw BotException.failure("Enregistrement de la publication du rappel impossible.", e);
    }
  }
}
