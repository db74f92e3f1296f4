package entbot.bot.cli;

import entbot.bot.BotException;
import entbot.knowledge.KnowledgeException;
import entbot.procedures.ProcedureException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one clear French sentence on stderr and the contract's exit code:
 * 2 for bad input (unknown command or option, missing or invalid value), 1 for anything else.
 * The stack trace is printed only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int BAD_INPUT = 2;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    // One sentence, the way to more help folded into it.
    String message = frenchParseMessage(ex);
    err.println("Erreur : " + message.substring(0, message.length() - 1)
        + " (voir « " + cmd.getCommandSpec().qualifiedName() + " --help »).");
    if (Arrays.asList(args).contains("--debug")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    err.println("Erreur : " + messageOf(ex));
    if (parseResult.originalArgs().contains("--debug")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return isBadInput(ex) ? BAD_INPUT : FAILURE;
  }

  static boolean isBadInput(Throwable ex) {
    return ex instanceof BotException b && b.isBadInput()
        || ex instanceof KnowledgeException k && k.isBadInput()
        || ex instanceof ProcedureException p && p.isBadInput()
        || ex instanceof ParameterException;
  }

  /** Our own exceptions already carry a French sentence; anything else is an unexpected failure. */
  static String messageOf(Throwable ex) {
    if (ex instanceof BotException || ex instanceof KnowledgeException
        || ex instanceof ProcedureException) {
      return ex.getMessage();
    }
    if (ex instanceof ParameterException pe) {
      return frenchParseMessage(pe);
    }
    return "échec inattendu (" + ex.getClass().getSimpleName()
        + (ex.getMessage() == null ? "" : " : " + ex.getMessage())
        + "). Relancez avec --debug pour le détail.";
  }

  private static String frenchParseMessage(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return "commande, option ou argument inconnu : "
          + String.join(" ", unmatched.getUnmatched()) + ".";
    }
    if (ex instanceof MissingParameterException missing) {
      return "paramètre obligatoire manquant : "
          + missing.getMissing().stream()
              .map(arg -> arg.isOption()
                  ? ((CommandLine.Model.OptionSpec) arg).longestName()
                  : arg.paramLabel())
              .reduce((a, b) -> a + ", " + b).orElse("?")
          + ".";
    }
    // Picocli's other messages name the option and the bad value; keep them, introduced in French.
    return "valeur invalide (" + ex.getMessage() + ").";
  }
}
