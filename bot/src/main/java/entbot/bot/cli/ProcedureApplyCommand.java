package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import entbot.procedures.ProcedureService;
import entbot.procedures.engine.RunResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code procedure apply ID --param k=v... --yes}: applies all steps or none. A run refused by a
 * rule prints its steps (JSON status "failed") and exits with 2; nothing is changed.
 */
@Command(name = "apply", description = "Applique la procédure en une fois : toutes les étapes ou aucune.")
final class ProcedureApplyCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "PROCEDURE", description = "Identifiant de la procédure (voir « procedure list »).")
  String id;

  @Option(names = "--param", paramLabel = "CLE=VALEUR", description = "Paramètre de la procédure (répétable).")
  List<String> params;

  @Option(names = "--yes", description = "Confirme l'application (obligatoire).")
  boolean yes;

  @Option(names = "--fingerprint", paramLabel = "EMPREINTE",
      description = "Empreinte donnée par « procedure plan » : refuse si l'ENT a changé depuis ce plan.")
  String fingerprint;

  /** Whether the run's own JSON document is already on stdout (a run refused by a rule prints its steps). */
  private boolean printed;

  @Override
  public Integer call() {
    try {
      return apply();
    } catch (ProcedureException e) {
      if (common.json() && !printed) {
        common.printJson(PlanPrinter.Refusal.of(id, RunResult.FAILED, e.getMessage()));
        common.out().flush();
      }
      throw e;
    }
  }

  private Integer apply() {
    if (!yes) {
      throw ProcedureException.badInput("Ajoutez --yes pour confirmer l'application (regardez d'abord « entbot procedure"
          + " plan " + id + " ... »).");
    }
    try (ProcedureService service = ProcedureService.open(common.dataDir())) {
      RunResult result = service.apply(id, ProcedureParams.parse(params), ProcedureCommand.actor(), fingerprint);
      if (common.json()) {
        common.printJson(result);
        printed = true;
      } else {
        PlanPrinter.steps(common.out(), result.steps());
        switch (result.status()) {
          case RunResult.APPLIED -> common.out().println("Appliqué : exécution " + result.run()
              + " (annulable avec « entbot procedure undo " + result.run() + " --yes »).");
          case RunResult.NOTHING_TO_DO -> common.out().println("Rien à faire : tout est déjà en place.");
          default -> { }
        }
      }
      common.out().flush();
      if (result.failed()) {
        throw ProcedureException.badInput(result.reason());
      }
    }
    return ErrorReporter.OK;
  }
}
