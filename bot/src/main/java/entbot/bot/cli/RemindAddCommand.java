package entbot.bot.cli;

import entbot.bot.reminders.Reminder;
import entbot.bot.reminders.ReminderService;
import entbot.bot.reminders.ScheduledReminder;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code remind add}: a custom reminder, stored in the bot database. */
@Command(name = "add", description = "Ajoute un rappel personnalisé.")
final class RemindAddCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--id", required = true, paramLabel = "ID",
      description = "Identifiant (minuscules, chiffres, tirets).")
  String id;

  @Option(names = "--schedule", required = true, paramLabel = "CRON",
      description = "Expression cron à 5 champs, heure de Paris (ex. « 0 9 1 7 * »).")
  String schedule;

  @Option(names = "--text", required = true, paramLabel = "TEXTE", description = "Texte à publier.")
  String text;

  @Option(names = "--title", paramLabel = "TITRE",
      description = "Titre (défaut : le début du texte).")
  String title;

  @Override
  public Integer call() {
    ReminderService service = ReminderService.open(common.dataDir(), Clock.systemUTC());
    Reminder added = service.add(id, schedule, text, title);
    ScheduledReminder scheduled = new ScheduledReminder(added,
        added.schedule().next(service.now()).orElse(null));
    if (common.json()) {
      common.printJson(ReminderViews.list(List.of(scheduled)));
    } else {
      common.out().println("Rappel « " + added.id() + " » ajouté.");
      ReminderViews.printList(common.out(), List.of(scheduled));
    }
    return 0;
  }
}
