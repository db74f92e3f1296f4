package entbot.bot.console;

import entbot.bot.chat.Action;
import entbot.bot.chat.ChatBot;
import entbot.bot.chat.ChatUser;
import entbot.bot.chat.Reply;
import entbot.bot.chat.Request;
import entbot.bot.reminders.DueReminder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The chat in the terminal: reads lines until end of input (or /quitter), answers each one, and
 * prints due reminders. Choices offered as buttons on Discord are typed here ("oui", "envoyer",
 * "annuler"...). Works the same with a pipe, without prompts.
 */
public final class ConsoleChannel {
  static final String CONVERSATION = "console";
  private static final List<String> QUIT = List.of("/quitter", "/quit", "/exit", "/q");

  private final ChatBot bot;
  private final ChatUser user;
  private final BufferedReader in;
  private final PrintWriter out;
  private final boolean interactive;
  private List<Action> offered = List.of();

  public ConsoleChannel(ChatBot bot, ChatUser user, BufferedReader in, PrintWriter out,
      boolean interactive) {
    this.bot = bot;
    this.user = user;
    this.in = in;
    this.out = out;
    this.interactive = interactive;
  }

  /** The first words, printed before the reminders that fell due while the bot was down. */
  public void greet() {
    print("entbot (console). Tapez /help pour l'aide, /quitter pour sortir.");
  }

  /** Runs until end of input or /quitter; returns normally so the process exits with 0. */
  public void run() {
    try {
      for (String line = prompt(); line != null; line = prompt()) {
        if (QUIT.contains(line.strip().toLowerCase())) {
          break;
        }
        if (!line.isBlank()) {
          show(answer(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    print("Au revoir.");
  }

  /** Posts a reminder; called by the reminder ticker, possibly from its own thread. */
  public void post(DueReminder reminder) {
    print(reminder.text());
  }

  private Reply answer(String line) {
    if (line.startsWith("/")) {
      return bot.handle(user, CONVERSATION, Request.parse(line));
    }
    var choice = TypedChoice.match(line, offered);
    if (choice.isPresent()) {
      return bot.click(user, CONVERSATION, choice.get().id());
    }
    Reply reply = bot.text(user, CONVERSATION, line);
    if (reply.error() && !offered.isEmpty()) {
      // Keep the choices on screen: the user typed something else than one of them.
      return new Reply("Répondez par " + choices(offered) + " (ou tapez une commande).",
          offered, true);
    }
    return reply;
  }

  private void show(Reply reply) {
    // A refused or failed choice leaves its question open: keep offering the same choices.
    if (!reply.error() || !reply.actions().isEmpty()) {
      offered = reply.actions();
    }
    StringBuilder text = new StringBuilder(reply.text());
    if (!reply.actions().isEmpty()) {
      text.append("\n→ ").append(choices(offered)).append(" ? (oui = ")
          .append(offered.get(0).label().toLowerCase()).append(")");
    }
    print(text.toString());
  }

  private static String choices(List<Action> actions) {
    return actions.stream().map(a -> a.label().toLowerCase()).collect(Collectors.joining(" / "));
  }

  private String prompt() throws IOException {
    if (interactive) {
      synchronized (out) {
        out.print("> ");
        out.flush();
      }
    }
    return in.readLine();
  }

  private void print(String text) {
    synchronized (out) {
      out.println(text);
      out.println();
      out.flush();
    }
  }
}
