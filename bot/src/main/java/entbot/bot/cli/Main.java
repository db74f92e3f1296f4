package entbot.bot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code ./entbot}: builds the picocli command tree and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs one command in-process, writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    ErrorReporter reporter = new ErrorReporter();
    return new CommandLine(new EntbotCommand())
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter)
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
