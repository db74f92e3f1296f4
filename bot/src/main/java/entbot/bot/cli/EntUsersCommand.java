package entbot.bot.cli;

import entbot.procedures.EntService;
import entbot.procedures.store.Views.UserView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ent users [--name TEXT] [--group NAME]}: the directory's users. */
@Command(name = "users", description = "Liste les utilisateurs (filtrés par nom ou par groupe).")
final class EntUsersCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--name", paramLabel = "TEXTE", description = "Partie du nom, du prénom ou de l'identifiant.")
  String name;

  @Option(names = "--group", paramLabel = "GROUPE", description = "Seulement les membres de ce groupe.")
  String group;

  @Override
  public Integer call() {
    try (EntService ent = EntService.open(common.dataDir())) {
      List<UserView> users = ent.users(name, group);
      if (common.json()) {
        common.printJson(Map.of("users", users));
        return ErrorReporter.OK;
      }
      for (UserView user : users) {
        common.out().println(user.login() + " — " + user.firstName() + " " + user.lastName().toUpperCase() + " ("
            + user.profile() + ", " + user.source() + (user.state().equals("Actif") ? "" : ", " + user.state()) + ")"
            + (user.groups().isEmpty() ? "" : " ; groupes : " + String.join(", ", user.groups())));
      }
      common.out().println(users.size() + " utilisateur(s).");
    }
    return ErrorReporter.OK;
  }
}
