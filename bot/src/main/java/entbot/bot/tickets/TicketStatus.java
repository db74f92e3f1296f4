package entbot.bot.tickets;

import java.util.Locale;

/**
 * Where a ticket stands: {@code draft} (drafted, editable), {@code pending} (submission asked,
 * not yet confirmed by the helpdesk), {@code sent} (the helpdesk gave its ticket number).
 */
public enum TicketStatus {
  DRAFT, PENDING, SENT;

  @com.fasterxml.jackson.annotation.JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TicketStatus fromCode(String code) {
    for (TicketStatus status : values()) {
      if (status.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return status;
      }
    }
    throw entbot.bot.BotException.badInput(
        "statut inconnu : « " + code + " » (attendu : draft, pending ou sent).");
  }
}
