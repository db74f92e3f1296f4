package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./entbot procedure ...}: scripted procedures on the local ENT model. */
@Command(name = "procedure", description = "Procédures scriptées : list, plan, apply, history, undo.",
    subcommands = {
        ProcedureListCommand.class,
        ProcedurePlanCommand.class,
        ProcedureApplyCommand.class,
        ProcedureHistoryCommand.class,
        ProcedureUndoCommand.class,
    })
final class ProcedureCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    throw ProcedureException.badInput(
        "Précisez une sous-commande de « procedure » : list, plan, apply, history ou undo.");
  }

  /** Who is recorded in the history: $ENTBOT_ACTOR, else the system user. */
  static String actor() {
    String actor = System.getenv("ENTBOT_ACTOR");
    return actor == null || actor.isBlank() ? "cli:" + System.getProperty("user.name", "inconnu") : actor;
  }
}
