package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import entbot.procedures.ProcedureService;
import entbot.procedures.engine.RunResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code procedure undo RUN --yes}: puts back what a run changed, unless later runs changed the same things. */
@Command(name = "undo", description = "Annule une exécution (état d'avant restauré), sauf si d'autres l'ont suivie sur"
    + " les mêmes éléments.")
final class ProcedureUndoCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "Identifiant de l'exécution (run-12, voir « procedure history »).")
  String run;

  @Option(names = "--yes", description = "Confirme l'annulation (obligatoire).")
  boolean yes;

  @Override
  public Integer call() {
    if (!yes) {
      throw ProcedureException.badInput("Ajoutez --yes pour confirmer l'annulation de " + run + ".");
    }
    try (ProcedureService service = ProcedureService.open(common.dataDir())) {
      RunResult result = service.undo(run, ProcedureCommand.actor());
      if (common.json()) {
        common.printJson(result);
      } else {
        common.out().println(result.steps().get(0).detail());
        if (result.steps().get(0).warning() != null) {
          common.out().println("Avertissement : " + result.steps().get(0).warning());
        }
        common.out().println("Enregistré comme " + result.run() + ". Dans l'ENT réel, refaites à la main les étapes"
            + " inverses ; un compte créé là-bas ne peut pas être supprimé sans risque.");
      }
    }
    return ErrorReporter.OK;
  }
}
