package entbot.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/** Placeholder for `ticket` until its issue lands: hidden from --help, answers "pas encore disponible". */
@Command(name = "ticket", hidden = true, description = "Rédige des tickets d'incident.")
final class TicketCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Unmatched
  List<String> arguments;

  @Override
  public Integer call() {
    throw NotYetAvailable.command("ticket");
  }
}
