package entbot.bot.bench;

import entbot.bot.BotException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** `./entbot bench tickets`: not built yet. */
public final class TicketsBench implements BenchSuite {
  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) {
    throw BotException.failure("Le banc d'essai « tickets » n'est pas encore disponible.", null);
  }
}
