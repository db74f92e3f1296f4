package entbot.bot.cli;

import entbot.procedures.EntService;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ent init [--demo]}: creates or resets the model, empty or with the demo school. */
@Command(name = "init", description = "Crée (ou remet à zéro) le modèle local de l'ENT, historique compris.")
final class EntInitCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--demo", description = "Charge l'établissement de démonstration CLG-OLYMPE DE GOUGES (0820588U).")
  boolean demo;

  @Override
  public Integer call() {
    try (EntService ent = EntService.open(common.dataDir())) {
      ent.init(demo);
      EntService.Summary summary = ent.summary();
      if (common.json()) {
        common.printJson(Map.of("demo", demo, "schools", summary.schools(), "users", summary.users(),
            "groups", summary.groups(), "rubriques", summary.rubriques()));
      } else {
        common.out().println(demo
            ? "Modèle ENT initialisé avec l'établissement de démonstration CLG-OLYMPE DE GOUGES-ac-TOULOUSE (0820588U) : "
                + summary.users() + " utilisateurs, " + summary.groups() + " groupes, " + summary.rubriques()
                + " rubriques."
            : "Modèle ENT vide créé (aucun établissement) : chargez un export avec « entbot ent import FICHIER.csv ».");
      }
    }
    return ErrorReporter.OK;
  }
}
