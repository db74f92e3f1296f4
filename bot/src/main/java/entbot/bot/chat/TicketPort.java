package entbot.bot.chat;

import java.util.List;
import java.util.Objects;

/** What the chat needs from ticket drafting and submission to the helpdesk. */
public interface TicketPort {
  /** Drafts one ticket per incident of the report (stored as drafts). */
  List<TicketDraft> draft(String report);

  /** Adds the admin's answers to the follow-up questions and re-drafts that ticket. */
  TicketDraft amend(String id, String answers);

  TicketDraft edit(String id, String title, String description);

  TicketDraft attach(String id, String fileName, byte[] content);

  void cancel(String id);

  /**
   * Sends the tickets; each comes back with its status ({@code sent} or {@code pending}).
   * {@code problem} says, in French, why some stayed pending (null when all were sent).
   */
  SubmitReport submit(List<String> ids);

  /** The ticket ready to paste in a helpdesk form. */
  String plainText(TicketDraft ticket);

  record TicketDraft(String id, String title, String description, String route,
      List<String> missing, List<String> questions, List<String> attachments, String status,
      String remoteId) {
    public TicketDraft {
      Objects.requireNonNull(id, "id");
      missing = missing == null ? List.of() : List.copyOf(missing);
      questions = questions == null ? List.of() : List.copyOf(questions);
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
  }

  record SubmitReport(List<TicketDraft> tickets, String problem) {
    public SubmitReport {
      tickets = List.copyOf(tickets);
    }
  }
}
