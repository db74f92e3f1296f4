package entbot.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/** Placeholder for `ask` until its issue lands: hidden from --help, answers "pas encore disponible". */
@Command(name = "ask", hidden = true, description = "Répond à une question à partir des guides.")
final class AskCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Unmatched
  List<String> arguments;

  @Override
  public Integer call() {
    throw NotYetAvailable.command("ask");
  }
}
