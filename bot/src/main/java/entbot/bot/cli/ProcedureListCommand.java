package entbot.bot.cli;

import entbot.procedures.ProcedureService;
import entbot.procedures.ProcedureInfo;
import entbot.procedures.catalog.ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code procedure list}: the bundled procedures and their parameters. */
@Command(name = "list", description = "Liste les procédures disponibles et leurs paramètres.")
final class ProcedureListCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    try (ProcedureService service = ProcedureService.open(common.dataDir())) {
      List<ProcedureInfo> procedures = service.list();
      if (common.json()) {
        common.printJson(Map.of("procedures", procedures));
        return ErrorReporter.OK;
      }
      for (ProcedureInfo procedure : procedures) {
        common.out().println(procedure.id() + " — " + procedure.title());
        for (ParameterSpec p : procedure.parameters()) {
          common.out().println("    --param " + p.name() + "=…  " + p.description() + (p.required() ? "" : " (facultatif)"));
        }
      }
    }
    return ErrorReporter.OK;
  }
}
