package entbot.bot.tickets.store;

import entbot.bot.tickets.TicketStatus;
import entbot.bot.tickets.draft.Draft;
import java.util.List;
import java.util.Objects;

/** One row of the ticket table with its attachments' metadata (not their bytes). */
public record StoredTicket(String id, String created, TicketStatus status, Draft draft,
    String duplicateOf, String remoteId, String sendStarted, List<StoredAttachment> attachments) {
  public StoredTicket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
    attachments = List.copyOf(attachments);
  }

  /** An attachment: its position, name, and how far its upload to the helpdesk went. */
  public record StoredAttachment(int seq, String fileName, String remoteDocumentId, boolean linked) {}
}
