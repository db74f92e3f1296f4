package entbot.bot.chat.runtime;

import entbot.bot.chat.TicketPort;
import entbot.bot.tickets.SubmitResult;
import entbot.bot.tickets.Ticket;
import entbot.bot.tickets.TicketService;
import java.util.List;

/** Ticket drafting and submission behind the chat's {@code /ticket}. Calls are serialised. */
final class TicketAdapter implements TicketPort {
  private final TicketService service;

  TicketAdapter(TicketService service) {
    this.service = service;
  }

  @Override
  public synchronized List<TicketDraft> draft(String report) {
    return service.draft(report).stream().map(TicketAdapter::view).toList();
  }

  @Override
  public synchronized TicketDraft amend(String id, String answers) {
    return view(service.amend(id, answers));
  }

  @Override
  public synchronized TicketDraft edit(String id, String title, String description) {
    return view(service.edit(id, title, description));
  }

  @Override
  public synchronized TicketDraft attach(String id, String fileName, byte[] content) {
    return view(service.attach(id, fileName, content));
  }

  @Override
  public synchronized void cancel(String id) {
    service.cancel(id);
  }

  @Override
  public synchronized SubmitReport submit(List<String> ids) {
    SubmitResult result = service.submit(ids);
    return new SubmitReport(result.tickets().stream().map(TicketAdapter::view).toList(),
        result.failure());
  }

  @Override
  public synchronized String plainText(TicketDraft ticket) {
    return service.toPlainText(service.get(ticket.id()));
  }

  private static TicketDraft view(Ticket t) {
    return new TicketDraft(t.id(), t.title(), t.description(), t.route(), t.missing(),
        t.questions(), t.attachments(), t.status().code(), t.remoteId());
  }
}
