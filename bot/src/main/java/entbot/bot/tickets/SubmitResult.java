package entbot.bot.tickets;

import com.fasterxml.jackson.annotation.JsonIgnore;
import entbot.bot.BotException;
import java.util.List;

/**
 * What a submission did: every ticket it handled, each now {@code sent} (with its
 * {@code remoteId}) or still {@code pending}, and the helpdesk error that stopped it (null when
 * everything was sent); its French message is {@link #failure()}.
 */
public record SubmitResult(List<Ticket> tickets, @JsonIgnore BotException error) {
  public SubmitResult {
    tickets = List.copyOf(tickets);
  }

  @JsonIgnore
  public String failure() {
    return error == null ? null : error.getMessage();
  }

  @JsonIgnore
  public boolean failed() {
    return error != null;
  }
}
