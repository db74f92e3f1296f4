package entbot.bot.cli;

import entbot.bot.reminders.DueReminder;
import entbot.bot.reminders.Moments;
import entbot.bot.reminders.ReminderService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code remind run --at}: posts what is due at that moment and records each post, as the running
 * bot does. In text mode each post is printed as it is recorded; with {@code --json} the posts are
 * printed together once recorded.
 */
@Command(name = "run", description = "Publie les rappels dus à ce moment et les enregistre.")
final class RemindRunCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--at", required = true, paramLabel = "DATE",
      description = "Date ISO-8601, par exemple 2026-07-01T09:00 (heure de Paris).")
  String at;

  @Override
  public Integer call() {
    Instant moment = Moments.parse(at);
    ReminderService service = ReminderService.open(common.dataDir(), Clock.systemUTC());
    boolean json = common.json();
    List<DueReminder> posted = service.run(moment, due -> {
      if (!json) {
        ReminderViews.printDue(common.out(), List.of(due), "");
        common.out().flush();
      }
    });
    if (json) {
      common.printJson(ReminderViews.due(posted));
    } else if (posted.isEmpty()) {
      common.out().println("Aucun rappel à publier à ce moment (déjà publiés ou rien de prévu).");
    }
    return 0;
  }
}
