package entbot.bot.discord;

import entbot.bot.chat.ChatUser;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who clicked or typed, and whether they hold the configured role (by name, case-insensitive, or
 * by id). Without a configured role nobody is authorised: applying procedures and sending tickets
 * must be a deliberate choice of the server's admins.
 */
final class DiscordUsers {
  private final String role;

  DiscordUsers(String role) {
    this.role = role == null || role.isBlank() ? null : role.strip();
  }

  ChatUser from(Interaction interaction) {
    User user = interaction.getUser();
    Member member = interaction.getMember();
    String name = member != null ? member.getEffectiveName() : user.getName();
    return new ChatUser(user.getId(), name, member != null && hasRole(member));
  }

  private boolean hasRole(Member member) {
    return role != null && member.getRoles().stream()
        .anyMatch(r -> r.getName().equalsIgnoreCase(role) || r.getId().equals(role));
  }

  /** One conversation per user and channel, so that two admins never confirm each other's plan. */
  static String conversation(Interaction interaction) {
    return interaction.getChannelId() + ":" + interaction.getUser().getId();
  }
}
