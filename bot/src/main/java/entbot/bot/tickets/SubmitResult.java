package entbot.bot.tickets;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a submission did: every ticket it handled, each now {@code sent} (with its
 * {@code remoteId}) or still {@code pending}, and the French reason when the helpdesk failed.
 */
public record SubmitResult(List<Ticket> tickets, @JsonIgnore String failure) {
  public SubmitResult {
    tickets = List.copyOf(tickets);
  }

  @JsonIgnore
  public boolean failed() {
    return failure != null;
  }
}
