package entbot.bot.cli;

import entbot.bot.BotException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code remind}: the reminders of the school-year calendar (list, due, run, add, remove). */
@Command(name = "remind", description = "Rappels du calendrier d'administration.",
    subcommands = {
        RemindListCommand.class,
        RemindDueCommand.class,
        RemindRunCommand.class,
        RemindAddCommand.class,
        RemindRemoveCommand.class,
    })
final class RemindCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    throw BotException.badInput("Précisez une sous-commande : remind list, due, run, add ou remove "
        + "(voir « remind --help »).");
  }
}
