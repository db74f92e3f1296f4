package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.bot.reminders.Reminder;
import entbot.bot.reminders.ReminderService;
import entbot.bot.reminders.ScheduledReminder;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /remind}: list the calendar, add or remove a custom reminder (authorised users). */
final class RemindHandler {
  static final String USAGE = "Usage : /remind list | add ID \"CRON\" texte | remove ID. Exemple : "
      + "/remind add conseil-classe \"0 8 1 12 *\" Préparer les conseils de classe";
  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

  private final ReminderService reminders;

  RemindHandler(ReminderService reminders) {
    this.reminders = reminders;
  }

  Reply handle(ChatUser user, Request request) {
    String sub = request.arg(0);
    if (sub == null || "list".equals(sub)) {
      return list();
    }
    if (!"add".equals(sub) && !"remove".equals(sub)) {
      throw BotException.badInput("Sous-commande inconnue « " + sub + " ». " + USAGE);
    }
    if (!user.authorized()) {
      return Reply.error("Vous n'avez pas le rôle requis pour modifier les rappels.");
    }
    if ("remove".equals(sub)) {
      String id = required(request.arg(1));
      reminders.remove(id);
      return Reply.of("Rappel « " + id + " » supprimé.");
    }
    List<String> args = request.args();
    if (args.size() < 4) {
      throw BotException.badInput("Il manque l'identifiant, la planification ou le texte. " + USAGE);
    }
    Reminder added = reminders.add(args.get(1), args.get(2),
        String.join(" ", args.subList(3, args.size())), null);
    String next = added.schedule().next(reminders.now()).map(FRENCH::format).orElse("jamais");
    return Reply.of("Rappel « " + added.id() + " » ajouté ; prochaine publication : " + next + ".");
  }

  private Reply list() {
    List<ScheduledReminder> all = reminders.list();
    StringBuilder text = new StringBuilder("Rappels (heure de Paris), du plus proche au plus lointain :");
    for (ScheduledReminder s : all) {
      text.append("\n- ").append(s.next() == null ? "jamais" : FRENCH.format(s.next()))
          .append(" · ").append(s.reminder().title()).append(" (").append(s.reminder().id())
          .append(")");
    }
    return Reply.of(text.toString());
  }

  private static String required(String id) {
    if (id == null) {
      throw BotException.badInput("Précisez l'identifiant du rappel. " + USAGE);
    }
    return id;
  }
}
