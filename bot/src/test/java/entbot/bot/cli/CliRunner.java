package entbot.bot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code ./entbot} commands in-process for tests and keeps what they printed. */
public final class CliRunner {
  /** One finished run: its exit code and what went to stdout and stderr. */
  public record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
