package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./entbot ent ...}: the local model of the ENT (init, import, and the directory queries). */
@Command(name = "ent", description = "Modèle local de l'ENT : init, import, users, groups, rights, rubriques.",
    subcommands = {
        EntInitCommand.class,
        EntImportCommand.class,
        EntUsersCommand.class,
        EntGroupsCommand.class,
        EntRightsCommand.class,
        EntRubriquesCommand.class,
    })
final class EntCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    throw ProcedureException.badInput(
        "Précisez une sous-commande de « ent » : init, import, users, groups, rights ou rubriques.");
  }
}
