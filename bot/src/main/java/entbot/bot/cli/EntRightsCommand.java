package entbot.bot.cli;

import entbot.procedures.EntService;
import entbot.procedures.ProcedureException;
import entbot.procedures.store.Views.RightView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ent rights --service NAME | --rubrique "A/B/C"}: the access table of a service or rubrique. */
@Command(name = "rights", description = "Affiche les droits d'accès d'un service ou d'une rubrique.")
final class EntRightsCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  static final class Target {
    @Option(names = "--service", paramLabel = "SERVICE", description = "Nom du service (Cahier de textes...).")
    String service;

    @Option(names = "--rubrique", paramLabel = "CHEMIN", description = "Chemin de la rubrique (Classes/Classe 310).")
    String rubrique;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target;

  @Override
  public Integer call() {
    if (target == null) {
      throw ProcedureException.badInput("Précisez --service NOM ou --rubrique CHEMIN.");
    }
    try (EntService ent = EntService.open(common.dataDir())) {
      List<RightView> rights = target.service != null ? ent.serviceRights(target.service)
          : ent.rubriqueRights(target.rubrique);
      if (common.json()) {
        common.printJson(Map.of("rights", rights));
        return ErrorReporter.OK;
      }
      common.out().println("Cible | Profil | Fonction | Discipline de poste | Rôle");
      for (RightView right : rights) {
        common.out().println(String.join(" | ", right.target(), right.profile(), right.function(),
            right.discipline(), right.role()) + ("utilisateur".equals(right.kind()) ? " (accès utilisateur)" : ""));
      }
    }
    return ErrorReporter.OK;
  }
}
