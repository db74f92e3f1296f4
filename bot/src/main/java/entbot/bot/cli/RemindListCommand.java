package entbot.bot.cli;

import entbot.bot.reminders.ReminderService;
import entbot.bot.reminders.ScheduledReminder;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code remind list}: every reminder with its cron schedule and next occurrence. */
@Command(name = "list", description = "Liste les rappels et leur prochaine date.")
final class RemindListCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Override
  public Integer call() {
    List<ScheduledReminder> reminders =
        ReminderService.open(common.dataDir(), Clock.systemUTC()).list();
    if (common.json()) {
      common.printJson(ReminderViews.list(reminders));
    } else {
      ReminderViews.printList(common.out(), reminders);
    }
    return 0;
  }
}
