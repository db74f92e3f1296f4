package entbot.bot.cli;

import entbot.procedures.ProcedureService;
import entbot.procedures.engine.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code procedure history}: every run, who, when, with which parameters, what changed. */
@Command(name = "history", description = "Historique des exécutions : qui, quand, paramètres, changements.")
final class ProcedureHistoryCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    try (ProcedureService service = ProcedureService.open(common.dataDir())) {
      List<RunRecord> runs = service.history();
      if (common.json()) {
        common.printJson(Map.of("runs", runs));
        return ErrorReporter.OK;
      }
      for (RunRecord run : runs) {
        String status = switch (run.status()) {
          case "undo" -> "annulation de " + run.undoOf();
          case "undone" -> "annulée par " + run.undoneBy();
          default -> "appliquée";
        };
        common.out().println(run.id() + "  " + run.at() + "  " + run.actor() + "  " + run.procedure() + "  "
            + run.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .collect(Collectors.joining(" "))
            + "  (" + status + ", " + run.changes().size() + " changement(s))");
        run.changes().forEach(c -> common.out().println("      " + c.operation() + " " + c.entity() + " : " + c.key()));
      }
      if (runs.isEmpty()) {
        common.out().println("Aucune exécution enregistrée.");
      }
    }
    return ErrorReporter.OK;
  }
}
