package entbot.bot.discord;

import entbot.bot.chat.ProcedurePort;
import entbot.bot.chat.ProcedurePort.ProcedureSummary;
import entbot.bot.reminders.Reminder;
import entbot.bot.reminders.ReminderService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;

/**
 * Suggestions while typing a slash command: procedure ids, class names of the ENT model, the
 * parameters the chosen procedure still needs, run ids for undo, custom reminder ids.
 */
final class Autocomplete {
  /** Discord shows at most 25 choices of at most 100 characters. */
  static final int MAX_CHOICES = 25;
  private static final int MAX_LENGTH = 100;

  private final ProcedurePort procedures;
  private final ReminderService reminders;

  Autocomplete(ProcedurePort procedures, ReminderService reminders) {
    this.procedures = procedures;
    this.reminders = reminders;
  }

  /**
   * Choices for the focused option {@code option} of {@code command sub}, given what is typed;
   * {@code procedureId} is the procedure already chosen in the same command, if any.
   */
  List<Choice> choices(String command, String sub, String option, String typed,
      String procedureId) {
    String key = command + " " + sub + " " + option;
    Stream<Choice> choices = switch (key) {
      case "procedure plan procedure" -> procedures.list().stream()
          .map(p -> choice(p.id() + " — " + p.title(), p.id()));
      case "procedure plan classe" -> procedures.classNames().stream().map(c -> choice(c, c));
      case "procedure plan parametres" -> parameters(procedureId, typed);
      case "procedure undo execution" -> procedures.history().stream()
          .map(r -> choice(r.runId() + " — " + r.procedureId() + " (" + r.status() + ")",
              r.runId()));
      case "remind remove id" -> reminders.reminders().stream().filter(Reminder::custom)
          .map(r -> choice(r.id() + " — " + r.title(), r.id()));
      default -> Stream.empty();
    };
    String prefix = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
    boolean free = "parametres".equals(option);
    return choices
        .filter(c -> free || c.getName().toLowerCase(Locale.ROOT).contains(prefix))
        .limit(MAX_CHOICES).toList();
  }

  /** "what is typed" + the next parameter the procedure needs, e.g. {@code prenom=Camille nom=}. */
  private Stream<Choice> parameters(String procedureId, String typed) {
    if (procedureId == null) {
      return Stream.empty();
    }
    List<String> wanted = procedures.list().stream().filter(p -> p.id().equals(procedureId))
        .findFirst().map(ProcedureSummary::parameters).orElse(List.of());
    String current = typed == null ? "" : typed.strip();
    Set<String> given = Arrays.stream(current.split("\\s+")).filter(w -> w.contains("="))
        .map(w -> w.substring(0, w.indexOf('='))).collect(Collectors.toSet());
    List<Choice> choices = new ArrayList<>();
    for (String parameter : wanted) {
      if (!"classe".equals(parameter) && !given.contains(parameter)) {
        String value = (current.isEmpty() ? "" : current + " ") + parameter + "=";
        choices.add(choice(value, value));
      }
    }
    return choices.stream();
  }

  private static Choice choice(String name, String value) {
    return new Choice(truncate(name), truncate(value));
  }

  private static String truncate(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }
}
