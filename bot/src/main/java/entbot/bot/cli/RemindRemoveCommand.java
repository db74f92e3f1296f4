package entbot.bot.cli;

import entbot.bot.reminders.ReminderService;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code remind remove ID}: removes a custom reminder. */
@Command(name = "remove", description = "Supprime un rappel personnalisé.")
final class RemindRemoveCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "ID", description = "Identifiant du rappel.")
  String id;

  @Override
  public Integer call() {
    ReminderService.open(common.dataDir(), Clock.systemUTC()).remove(id);
    if (common.json()) {
      common.printJson(Map.of("removed", id));
    } else {
      common.out().println("Rappel « " + id + " » supprimé.");
    }
    return 0;
  }
}
