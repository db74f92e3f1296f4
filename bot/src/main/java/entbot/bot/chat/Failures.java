package entbot.bot.chat;

import entbot.bot.BotException;
import entbot.knowledge.KnowledgeException;
import entbot.procedures.ProcedureException;

/** Turns a failure inside a command into the French sentence the user sees. */
final class Failures {
  static final String UNEXPECTED = "Une erreur inattendue est survenue ; la commande n'a rien "
      + "changé. Réessayez, ou prévenez la personne qui gère le bot si cela se reproduit.";

  private Failures() {}

  /** Our modules' exceptions carry a French message meant for the user; anything else does not. */
  static boolean isExplained(Throwable e) {
    return e instanceof BotException || e instanceof KnowledgeException
        || e instanceof ProcedureException;
  }

  static String message(Throwable e) {
    return isExplained(e) && e.getMessage() != null ? e.getMessage() : UNEXPECTED;
  }
}
