package entbot.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command accepts ({@code --data}, {@code --json}, {@code --debug}, {@code --help}),
 * mixed into each command. Because the contract allows them before or after a subcommand
 * ({@code ent --json users} and {@code ent users --json}), values are resolved from the command up
 * through its parents: the nearest {@code --data} wins, {@code --json} anywhere counts.
 */
public class CommonOptions {
  static final String MIXIN_NAME = "common";
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier des données (index, base, journal). Défaut : ./data ou $ENTBOT_DATA.")
  private Path data;

  @Option(names = "--json", description = "Sortie JSON (un seul document sur la sortie standard).")
  private boolean json;

  @Option(names = "--debug", description = "Affiche la trace complète en cas d'erreur.")
  private boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide.")
  private boolean help;

  /** The data folder: {@code --data}, else {@code $ENTBOT_DATA}, else {@code ./data}. */
  public Path dataDir() {
    for (CommonOptions options = this; options != null; options = options.parent()) {
      if (options.data != null) {
        return options.data.toAbsolutePath();
      }
    }
    String env = System.getenv("ENTBOT_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath();
  }

  public boolean json() {
    for (CommonOptions options = this; options != null; options = options.parent()) {
      if (options.json) {
        return true;
      }
    }
    return false;
  }

  public boolean debug() {
    for (CommonOptions options = this; options != null; options = options.parent()) {
      if (options.debug) {
        return true;
      }
    }
    return false;
  }

  /** Where results go: the command line's writer, so tests can run commands in-process. */
  public PrintWriter out() {
    return mixee.commandLine().getOut();
  }

  public PrintWriter err() {
    return mixee.commandLine().getErr();
  }

  /** Prints one JSON document on stdout (the contract: nothing else on stdout with --json). */
  public void printJson(Object value) {
    try {
      out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
      out().flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CommonOptions parent() {
    CommandSpec parent = mixee.parent();
    if (parent == null) {
      return null;
    }
    CommandSpec mixin = parent.mixins().get(MIXIN_NAME);
    return mixin == null ? null : (CommonOptions) mixin.userObject();
  }
}
