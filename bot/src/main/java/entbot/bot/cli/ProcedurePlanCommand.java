package entbot.bot.cli;

import entbot.procedures.ProcedureException;
import entbot.procedures.ProcedureService;
import entbot.procedures.engine.Plan;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code procedure plan ID --param k=v...}: what would change; nothing is changed. */
@Command(name = "plan", description = "Montre ce que la procédure changerait, sans rien modifier.")
final class ProcedurePlanCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "PROCEDURE", description = "Identifiant de la procédure (voir « procedure list »).")
  String id;

  @Option(names = "--param", paramLabel = "CLE=VALEUR", description = "Paramètre de la procédure (répétable).")
  List<String> params;

  @Override
  public Integer call() {
    try {
      return plan();
    } catch (ProcedureException e) {
      if (common.json()) {
        // Nothing was printed yet: the plan's own document comes only once it is computed.
        common.printJson(PlanPrinter.Refusal.of(id, "refused", e.getMessage()));
        common.out().flush();
      }
      throw e;
    }
  }

  private Integer plan() {
    try (ProcedureService service = ProcedureService.open(common.dataDir())) {
      Plan plan = service.plan(id, ProcedureParams.parse(params));
      if (common.json()) {
        common.printJson(plan);
        return ErrorReporter.OK;
      }
      common.out().println("Plan de « " + plan.procedure() + " » — " + plan.title());
      common.out().println("Établissement : " + plan.school() + " ; empreinte de l'état : " + plan.fingerprint());
      PlanPrinter.steps(common.out(), plan.steps());
      if (plan.blocked()) {
        common.out().println("Cette procédure serait refusée : " + plan.blockedReasons());
      } else if (plan.hasChanges()) {
        common.out().println("Pour appliquer : entbot procedure apply " + plan.procedure() + " ... --yes"
            + " (--fingerprint " + plan.fingerprint() + " pour refuser si l'ENT a changé d'ici là).");
      }
    }
    return ErrorReporter.OK;
  }
}
