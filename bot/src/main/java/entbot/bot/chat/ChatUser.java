package entbot.bot.chat;

/**
 * Who is speaking. {@code authorized} is computed by the channel (Discord: member of the configured
 * role; console: the local operator) and gates applying procedures and submitting tickets.
 * {@code name} goes to the audit log: it is a staff member's display name, never a pupil's.
 */
public record ChatUser(String id, String name, boolean authorized) {
  public ChatUser {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    name = name == null || name.isBlank() ? id : name;
  }
}
