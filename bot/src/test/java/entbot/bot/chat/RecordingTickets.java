package entbot.bot.chat;

import entbot.bot.BotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket service that drafts one ticket per line of the report, asks for a screenshot when none
 * is mentioned, and records amendments, edits, attachments, cancellations and submissions.
 */
public final class RecordingTickets implements TicketPort {
  public final Map<String, TicketDraft> drafts = new LinkedHashMap<>();
  public final List<String> amended = new ArrayList<>();
  public final List<String> submitted = new ArrayList<>();
  public final List<String> cancelled = new ArrayList<>();
  public final List<String> attachments = new ArrayList<>();
  public boolean helpdeskDown;
  /** Thrown by submit, like the real service when no helpdesk is configured. */
  public RuntimeException submitFailure;

  @Override
  public List<TicketDraft> draft(String report) {
    List<TicketDraft> result = new ArrayList<>();
    for (String line : report.split(";")) {
      if (line.isBlank()) {
        continue;
      }
      boolean screenshot = line.contains("capture");
      TicketDraft draft = new TicketDraft("t" + (drafts.size() + 1), line.strip(), line.strip(),
          line.contains("Pronote") ? "editeur-pronote" : "editeur-ent",
          screenshot ? List.of() : List.of("attachments"),
          screenshot ? List.of() : List.of("Pouvez-vous joindre une capture d'écran ?"),
          List.of(), "draft", null);
      drafts.put(draft.id(), draft);
      result.add(draft);
    }
    return result;
  }

  @Override
  public TicketDraft amend(String id, String answers) {
    amended.add(id + ": " + answers);
    TicketDraft d = get(id);
    return put(new TicketDraft(id, d.title(), d.description() + "\n" + answers, d.route(),
        List.of(), List.of(), d.attachments(), d.status(), null));
  }

  @Override
  public TicketDraft edit(String id, String title, String description) {
    TicketDraft d = get(id);
    return put(new TicketDraft(id, title, description, d.route(), d.missing(), d.questions(),
        d.attachments(), d.status(), null));
  }

  @Override
  public TicketDraft attach(String id, String fileName, byte[] content) {
    attachments.add(id + ": " + fileName + " (" + content.length + " octets)");
    TicketDraft d = get(id);
    List<String> files = new ArrayList<>(d.attachments());
    files.add(fileName);
    return put(new TicketDraft(id, d.title(), d.description(), d.route(), List.of(), List.of(),
        files, d.status(), null));
  }

  @Override
  public void cancel(String id) {
    get(id);
    cancelled.add(id);
  }

  @Override
  public SubmitReport submit(List<String> ids) {
    if (submitFailure != null) {
      throw submitFailure;
    }
    List<TicketDraft> result = new ArrayList<>();
    for (String id : ids) {
      submitted.add(id);
      TicketDraft d = get(id);
      result.add(put(new TicketDraft(id, d.title(), d.description(), d.route(), d.missing(),
          d.questions(), d.attachments(), helpdeskDown ? "pending" : "sent",
          helpdeskDown ? null : "GLPI-" + (100 + submitted.size()))));
    }
    return new SubmitReport(result, helpdeskDown ? "le helpdesk a répondu 503" : null);
  }

  @Override
  public String plainText(TicketDraft ticket) {
    return "Titre : " + ticket.title() + "\nDescription : " + ticket.description()
        + (ticket.attachments().isEmpty() ? "" : "\nPièces jointes : "
            + String.join(", ", ticket.attachments()));
  }

  private TicketDraft get(String id) {
    TicketDraft draft = drafts.get(id);
    if (draft == null) {
      throw BotException.badInput("Ticket inconnu : " + id + ".");
    }
    return draft;
  }

  private TicketDraft put(TicketDraft draft) {
    drafts.put(draft.id(), draft);
    return draft;
  }
}
