package entbot.bot.cli;

import entbot.bot.reminders.DueReminder;
import entbot.bot.reminders.Moments;
import entbot.bot.reminders.ReminderService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code remind due --at}: what the bot would post at that moment; changes nothing. */
@Command(name = "due", description = "Ce que le bot publierait à ce moment (ne change rien).")
final class RemindDueCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--at", required = true, paramLabel = "DATE",
      description = "Date ISO-8601, par exemple 2026-07-01T09:00 (heure de Paris).")
  String at;

  @Override
  public Integer call() {
    List<DueReminder> due =
        ReminderService.open(common.dataDir(), Clock.systemUTC()).due(Moments.parse(at));
    if (common.json()) {
      common.printJson(ReminderViews.due(due));
    } else {
      ReminderViews.printDue(common.out(), due, "Aucun rappel à publier à ce moment.");
    }
    return 0;
  }
}
