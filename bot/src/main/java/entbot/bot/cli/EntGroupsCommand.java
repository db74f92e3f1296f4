package entbot.bot.cli;

import entbot.procedures.EntService;
import entbot.procedures.store.Views.GroupView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ent groups}: every group with its type and members. */
@Command(name = "groups", description = "Liste les groupes, leur type et leurs membres.")
final class EntGroupsCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    try (EntService ent = EntService.open(common.dataDir())) {
      List<GroupView> groups = ent.groups();
      if (common.json()) {
        common.printJson(Map.of("groups", groups));
        return ErrorReporter.OK;
      }
      for (GroupView group : groups) {
        common.out().println(group.name() + " (" + group.type() + ", " + group.members().size() + " membre(s))");
      }
      common.out().println(groups.size() + " groupe(s).");
    }
    return ErrorReporter.OK;
  }
}
