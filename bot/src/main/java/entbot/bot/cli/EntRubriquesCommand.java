package entbot.bot.cli;

import entbot.procedures.EntService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ent rubriques}: the rubrique tree, one path a line. */
@Command(name = "rubriques", description = "Liste l'arborescence des rubriques.")
final class EntRubriquesCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    try (EntService ent = EntService.open(common.dataDir())) {
      List<String> rubriques = ent.rubriques();
      if (common.json()) {
        common.printJson(Map.of("rubriques", rubriques));
      } else {
        rubriques.forEach(common.out()::println);
      }
    }
    return ErrorReporter.OK;
  }
}
