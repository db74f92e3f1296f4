package entbot.knowledge.ingest;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands the paths given on the command line into guide files, walking folders recursively. */
public final class GuideWalker {
  private GuideWalker() {}

  /**
   * Every supported file under {@code paths}, sorted, absolute and normalised. A path that does not
   * exist is bad input (nothing is indexed); files of other formats inside folders are ignored, but a
   * file named explicitly with an unsupported extension is bad input.
   */
  public static List<Path> files(List<Path> paths) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw KnowledgeException.badInput("chemin introuvable : « " + given + " ».");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(GuideWalker::supported)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw KnowledgeException.failure("impossible de parcourir le dossier « " + given + " ».", e);
        }
      } else if (supported(path)) {
        files.add(path);
      } else {
        throw KnowledgeException.badInput("format non pris en charge : « " + given
            + " » (formats acceptés : .txt, .md, .pdf, .html, .docx).");
      }
    }
    return new ArrayList<>(files);
  }

  /** True when {@code file} sits under one of {@code roots} (a root may be the file itself). */
  public static boolean isUnder(Path file, List<Path> roots) {
    return roots.stream().map(r -> r.toAbsolutePath().normalize()).anyMatch(file::startsWith);
  }

  private static boolean supported(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && DocumentReaders.supports(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }
}
