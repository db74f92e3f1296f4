package entbot.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command. With no subcommand it starts the bot, like {@code ./entbot chat}. */
@Command(
    name = "entbot",
    scope = ScopeType.INHERIT,
    synopsisHeading = "Usage : ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArguments :%n",
    optionListHeading = "%nOptions :%n",
    commandListHeading = "%nCommandes :%n",
    description = "Assistant des administrateurs d'ENT : réponses tirées des guides, tickets, "
        + "procédures sur le modèle local de l'ENT, rappels du calendrier.",
    subcommands = {
        IndexCommand.class,
        AskCommand.class,
        TicketCommand.class,
        EntCommand.class,
        ProcedureCommand.class,
        RemindCommand.class,
        BenchCommand.class,
        ChatCommand.class,
    })
public final class EntbotCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return spec.subcommands().get("chat").execute();
  }
}
