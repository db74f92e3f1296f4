package entbot.bot.cli;

import entbot.bot.BotException;
import entbot.bot.tickets.SubmitResult;
import entbot.bot.tickets.Ticket;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./entbot ticket [--file FILE] [--submit]}: drafts one ticket per incident of a free-text
 * report (stdin or FILE), stores them, prints them ready to paste (or as JSON), and with
 * {@code --submit} sends them to GLPI. Subcommands: {@code list}, {@code retry}.
 */
@Command(name = "ticket", description = "Rédige des tickets d'incident (un par incident) et les envoie au helpdesk.",
    subcommands = {TicketListCommand.class, TicketRetryCommand.class})
final class TicketCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--file", paramLabel = "FICHIER", description = "Lit le signalement dans ce fichier (défaut : entrée standard).")
  Path file;

  @Option(names = "--submit", description = "Envoie les tickets au helpdesk GLPI (ENTBOT_GLPI_URL...).")
  boolean submit;

  @Override
  public Integer call() {
    String report = readReport();
    try (TicketService service = TicketService.open(common.dataDir(), TicketConfig.fromEnvironment())) {
      if (submit) {
        service.requireHelpdesk(); // bad settings: refuse before anything is stored
      }
      List<Ticket> tickets = service.draft(report);
      if (!submit) {
        print(common, service, tickets);
        return ErrorReporter.OK;
      }
      SubmitResult result = service.submit(tickets.stream().map(Ticket::id).toList());
      print(common, service, result.tickets());
      if (result.failed()) {
        throw result.error();
      }
      return ErrorReporter.OK;
    }
  }

  private String readReport() {
    try {
      String text = file != null ? Files.readString(file, StandardCharsets.UTF_8)
          : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      if (entbot.bot.tickets.draft.TicketDrafter.isEmptyReport(text)) {
        throw BotException.badInput("le signalement est vide : décrivez le problème rencontré "
            + "(qui est concerné, sur quel service, depuis quand).");
      }
      return text;
    } catch (IOException e) {
      throw BotException.badInput("lecture impossible du signalement " + (file == null ? "sur l'entrée standard" : file) + ".");
    }
  }

  /** Prints tickets as the contract's JSON or as text ready to paste. */
  static void print(CommonOptions common, TicketService service, List<Ticket> tickets) {
    if (common.json()) {
      common.printJson(Map.of("tickets", tickets));
      return;
    }
    if (tickets.isEmpty()) {
      common.out().println("Aucun ticket.");
    }
    for (int i = 0; i < tickets.size(); i++) {
      if (i > 0) {
        common.out().println("-----");
      }
      common.out().print(service.toPlainText(tickets.get(i)));
    }
    common.out().flush();
  }
}
