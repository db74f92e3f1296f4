package entbot.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.chat.ChatFixture;
import entbot.bot.chat.ChatUser;
import entbot.bot.reminders.ReminderTicker;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChannelTest {
  private static final ChatUser OPERATOR = new ChatUser("console", "operateur", true);

  @TempDir Path data;
  private ChatFixture chat;

  @BeforeEach
  void openTheChat() {
    chat = new ChatFixture(data);
  }

  private String session(String input) {
    StringWriter out = new StringWriter();
    ConsoleChannel console = new ConsoleChannel(chat.bot, OPERATOR,
        new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
    console.greet();
    console.run();
    return out.toString();
  }

  @Test
  void answersPipedCommandsAndEndsCleanlyAtEndOfInput() {
    String out = session("/help\n/ask Comment importer les identifiants Pronote ?\n");
    assertTrue(out.startsWith("entbot (console)."), out);
    assertTrue(out.contains("Commandes d'entbot :"), out);
    assertTrue(out.contains("[1] skolengo-formation-administrateur.txt"), out);
    assertTrue(out.strip().endsWith("Au revoir."), out);
  }

  @Test
  void aTypedOuiAppliesThePlanShown() {
    String out = session("/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin\noui\n");
    assertTrue(out.contains("→ appliquer / annuler ? (oui = appliquer)"), out);
    assertTrue(out.contains("Procédure appliquée (exécution run-1)."), out);
    assertEquals(1, chat.procedures.applied.size());
  }

  @Test
  void aTypedNonCancelsThePlanAndNothingIsApplied() {
    String out = session("/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin\nnon\n");
    assertTrue(out.contains("D'accord, rien n'a été changé."), out);
    assertTrue(chat.procedures.applied.isEmpty());
  }

  @Test
  void theTicketFlowRunsWithTypedAnswersAndChoices() {
    String out = session("/ticket Pronote refuse la connexion d'une élève de 5A\n"
        + "Capture jointe, depuis lundi\n"
        + "modifier\n"
        + "Pronote inaccessible en 5A\n"
        + "Envoyer\n");
    assertTrue(out.contains("Pouvez-vous joindre une capture d'écran ?"), out);
    assertTrue(out.contains("→ envoyer / modifier / annuler ?"), out);
    assertTrue(out.contains("Titre : Pronote inaccessible en 5A"), out);
    assertTrue(out.contains("Ticket envoyé au support (editeur-pronote), numéro GLPI-101."), out);
    assertEquals(List.of("t1"), chat.tickets.submitted);
  }

  @Test
  void aFailedSendKeepsTheChoicesSoTheDraftCanStillBeCancelled() {
    chat.tickets.submitFailure = entbot.bot.BotException.badInput("ENTBOT_GLPI_URL n'est pas défini.");
    String out = session("/ticket Pronote en panne, capture jointe\nenvoyer\nannuler\n");
    assertTrue(out.contains("ENTBOT_GLPI_URL n'est pas défini."), out);
    assertTrue(out.contains("Ticket abandonné."), out);
    assertEquals(List.of("t1"), chat.tickets.cancelled);
  }

  @Test
  void somethingElseThanTheOfferedChoicesRepeatsThem() {
    String out = session("/ticket Pronote en panne, capture jointe\npeut-être\n");
    assertTrue(out.contains("Répondez par envoyer / modifier / annuler"), out);
    assertTrue(chat.tickets.submitted.isEmpty());
  }

  @Test
  void unknownCommandsAndFailuresAnswerInFrenchAndTheSessionGoesOn() {
    chat.knowledge.failure = new IllegalStateException("boom");
    String out = session("/frobnicate\n/ask Pronote ?\n/quitter\n/help\n");
    assertTrue(out.contains("Commande inconnue « /frobnicate »"), out);
    assertTrue(out.contains("Une erreur inattendue est survenue"), out);
    assertFalse(out.contains("IllegalStateException"), out);
    assertFalse(out.contains("Commandes d'entbot"), "nothing is read after /quitter");
    assertTrue(out.strip().endsWith("Au revoir."), out);
  }

  @Test
  void dueRemindersArePrintedByTheTickerAtStart() {
    chat.clock.set(Instant.parse("2026-09-02T07:00:00Z"));
    StringWriter out = new StringWriter();
    ConsoleChannel console = new ConsoleChannel(chat.bot, OPERATOR,
        new BufferedReader(new StringReader("")), new PrintWriter(out), false);
    console.greet();
    try (ReminderTicker ticker = new ReminderTicker(chat.reminders, console::post)) {
      ticker.start();
      console.run();
    }
    String text = out.toString();
    assertTrue(text.contains("Rappel : Septembre : premier import manuel de l'emploi du temps"), text);
    assertTrue(text.indexOf("entbot (console)") < text.indexOf("Rappel :"), text);
    assertEquals(0, chat.reminders.due(Instant.parse("2026-09-02T07:00:00Z")).size());
  }
}
