package entbot.bot.cli;

import entbot.bot.tickets.Ticket;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import entbot.bot.tickets.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./entbot ticket list [--status draft|pending|sent]}: the stored tickets, oldest first. */
@Command(name = "list", description = "Liste les tickets enregistrés.")
final class TicketListCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--status", paramLabel = "STATUT", description = "draft, pending ou sent.")
  String status;

  /** The contract's list row. */
  record Row(String id, String title, String route, TicketStatus status, String remoteId, String created) {}

  @Override
  public Integer call() {
    TicketStatus wanted = status == null ? null : TicketStatus.fromCode(status);
    try (TicketService service = TicketService.open(common.dataDir(), TicketConfig.fromEnvironment())) {
      List<Ticket> tickets = service.list(wanted);
      if (common.json()) {
        common.printJson(Map.of("tickets", tickets.stream().map(t ->
            new Row(t.id(), t.title(), t.route(), t.status(), t.remoteId(), t.created())).toList()));
        return ErrorReporter.OK;
      }
      if (tickets.isEmpty()) {
        common.out().println("Aucun ticket" + (wanted == null ? "." : " au statut " + wanted.code() + "."));
      }
      for (Ticket t : tickets) {
        common.out().printf("%s  %-7s  %-15s  %s%s%n", t.id(), t.status().code(), t.route(), t.title(),
            t.remoteId() == null ? "" : "  (n° " + t.remoteId() + ")");
      }
      common.out().flush();
      return ErrorReporter.OK;
    }
  }
}
