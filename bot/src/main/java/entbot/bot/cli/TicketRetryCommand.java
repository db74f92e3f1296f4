package entbot.bot.cli;

import entbot.bot.tickets.SubmitResult;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./entbot ticket retry}: sends every pending ticket again, each exactly once. */
@Command(name = "retry", description = "Renvoie au helpdesk les tickets en attente (pending).")
final class TicketRetryCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    try (TicketService service = TicketService.open(common.dataDir(), TicketConfig.fromEnvironment())) {
      SubmitResult result = service.retry();
      TicketCommand.print(common, service, result.tickets());
      if (result.failed()) {
        throw result.error();
      }
      return ErrorReporter.OK;
    }
  }
}
