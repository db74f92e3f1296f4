package entbot.bot.cli;

import entbot.bot.BotException;

/** What a contract command answers until the issue that builds it has landed (exit 1). */
final class NotYetAvailable {
  private NotYetAvailable() {}

  static BotException command(String name) {
    return BotException.failure("La commande « " + name + " » n'est pas encore disponible.", null);
  }
}
