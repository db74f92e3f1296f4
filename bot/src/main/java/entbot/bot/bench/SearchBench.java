package entbot.bot.bench;

import entbot.bot.BotException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** `./entbot bench search`: not built yet. */
public final class SearchBench implements BenchSuite {
  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) {
    throw BotException.failure("Le banc d'essai « search » n'est pas encore disponible.", null);
  }
}
