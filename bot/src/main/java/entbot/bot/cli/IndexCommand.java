package entbot.bot.cli;

import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.index.IndexReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./entbot index [PATH...]}: (re)indexes guides; without PATH, the bundled guides. */
@Command(name = "index", description = "Indexe les guides (fichiers ou dossiers : .txt, .md, .pdf, "
    + ".html, .docx). Sans chemin, indexe les guides fournis avec entbot.")
final class IndexCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "CHEMIN", arity = "0..*", description = "Fichiers ou dossiers à indexer.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    try (KnowledgeBase knowledge = KnowledgeBase.open(common.dataDir())) {
      IndexReport report = knowledge.index(paths);
      report.warnings().forEach(common.err()::println);
      common.err().flush();
      if (common.json()) {
        common.printJson(report);
      } else {
        common.out().println(summary(report));
        common.out().flush();
      }
    }
    return ErrorReporter.OK;
  }

  static String summary(IndexReport report) {
    return "Indexation terminée : " + report.indexed() + " fichier(s) indexé(s) (" + report.passages()
        + " passages), " + report.unchanged() + " inchangé(s), " + report.removed()
        + " retiré(s) de l'index, " + report.skipped() + " ignoré(s).";
  }
}
