package entbot.bot.tickets.glpi;

import entbot.bot.BotException;
import entbot.bot.tickets.TicketStatus;
import entbot.bot.tickets.store.StoredTicket;
import entbot.bot.tickets.store.StoredTicket.StoredAttachment;
import entbot.bot.tickets.store.TicketStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sends stored tickets to GLPI, each exactly once. Before {@code POST Ticket} the ticket's
 * {@code send_started} is committed; the helpdesk number is committed as soon as it is known, and
 * each attachment's upload and link likewise. A later run resumes where the last one stopped: when
 * {@code send_started} is set but no number was recorded (the answer was lost, or the process was
 * killed in between), it first searches GLPI for the ticket carrying the entbot reference and adopts
 * it instead of creating it again. The remaining window: an attachment uploaded whose document id
 * was lost may be uploaded twice (a duplicate file on the ticket, never a duplicate ticket).
 */
public final class TicketSubmitter {
  private final TicketStore store;
  private final GlpiClient client;
  private final GlpiMapping mapping;
  private final Clock clock;

  public TicketSubmitter(TicketStore store, GlpiClient client, GlpiMapping mapping, Clock clock) {
    this.store = store;
    this.client = client;
    this.mapping = mapping;
    this.clock = clock;
  }

  /** The reference written in every ticket's content, searched for on retry. */
  public static String reference(String ticketId) {
    return "entbot-ref-" + ticketId;
  }

  /**
   * Sends the given pending tickets in order and stops at the first helpdesk failure, which it
   * returns with its French message (the unsent tickets stay pending); null when all were sent.
   */
  public BotException send(List<String> ids, TicketContent content) {
    if (ids.isEmpty()) {
      return null;
    }
    String session;
    try {
      session = client.initSession();
    } catch (BotException e) {
      return e;
    }
    try {
      for (String id : ids) {
        sendOne(session, id, content);
      }
      return null;
    } catch (BotException e) {
      return e;
    } finally {
      try {
        client.killSession(session);
      } catch (BotException ignored) {
        // The tickets are sent or safely pending; an unclosed session expires on its own.
      }
    }
  }

  private void sendOne(String session, String id, TicketContent content) {
    StoredTicket ticket = store.find(id).orElse(null);
    if (ticket == null || ticket.status() != TicketStatus.PENDING) {
      return; // cancelled, purged, or already sent by another run
    }
    String remoteId = ticket.remoteId();
    if (remoteId == null) {
      Optional<String> existing = ticket.sendStarted() == null ? Optional.empty()
          : client.findTicketByReference(session, reference(id));
      if (existing.isPresent()) {
        remoteId = existing.get();
      } else {
        store.markSendStarted(id, clock.instant());
        remoteId = client.createTicket(session, ticket.draft().title(),
            content.body(ticket) + "\n\n" + "Référence entbot : " + reference(id),
            mapping.target(ticket.draft().route()));
      }
      store.setRemoteId(id, remoteId);
    }
    for (StoredAttachment attachment : ticket.attachments()) {
      String documentId = attachment.remoteDocumentId();
      if (documentId == null) {
        documentId = client.uploadDocument(session, attachment.fileName(),
            store.attachmentContent(id, attachment.seq()));
        store.setAttachmentDocument(id, attachment.seq(), documentId);
      }
      if (!attachment.linked()) {
        client.linkDocument(session, documentId, remoteId);
        store.markAttachmentLinked(id, attachment.seq());
      }
    }
    store.markSent(id, clock.instant());
  }

  /** How a stored ticket's text reads in the helpdesk. */
  @FunctionalInterface
  public interface TicketContent {
    String body(StoredTicket ticket);
  }
}
