package entbot.bot.bench;

import java.nio.file.Path;
import java.io.PrintWriter;

/**
 * One benchmark of {@code ./entbot bench NAME}. It measures its figures and a baseline in the same
 * run, prints a French report to {@code report} as it goes (with the baseline beside each figure),
 * and returns the flat figures for {@code --json}, keys carrying their unit ({@code askP99Ms}).
 */
public interface BenchSuite {
  BenchFigures run(Path dataDir, PrintWriter report) throws Exception;
}
