package entbot.bot.cli;

import entbot.bot.bench.BenchFigures;
import entbot.bot.bench.BenchSuite;
import entbot.bot.bench.ProceduresBench;
import entbot.bot.bench.QaBench;
import entbot.bot.bench.SearchBench;
import entbot.bot.bench.TicketsBench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./entbot bench qa|search|procedures|tickets}: prints measured figures beside a baseline. */
@Command(name = "bench", description = "Mesure la qualité et la vitesse (qa, search, procedures, tickets).")
final class BenchCommand implements Callable<Integer> {
  private static final Map<String, Supplier<BenchSuite>> SUITES = Map.of(
      "qa", QaBench::new,
      "search", SearchBench::new,
      "procedures", ProceduresBench::new,
      "tickets", TicketsBench::new);

  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "BANC", description = "qa, search, procedures ou tickets.")
  String suite;

  @Override
  public Integer call() throws Exception {
    Supplier<BenchSuite> factory = SUITES.get(suite);
    if (factory == null) {
      throw entbot.bot.BotException.badInput(
          "banc d'essai inconnu : « " + suite + " » (attendu : qa, search, procedures ou tickets).");
    }
    // With --json the human report is kept off stdout, which must hold one JSON document only.
    PrintWriter report = common.json() ? new PrintWriter(new StringWriter()) : common.out();
    BenchFigures figures = factory.get().run(common.dataDir(), report);
    report.flush();
    if (common.json()) {
      common.printJson(figures.asMap());
    }
    return ErrorReporter.OK;
  }
}
