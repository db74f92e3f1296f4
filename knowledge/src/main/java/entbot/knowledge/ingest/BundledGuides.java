package entbot.knowledge.ingest;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The guides shipped inside the application under {@code entbot/guides/} (packaged from
 * {@code knowledge/guides/}), read straight from the classpath whether it is a folder or a jar.
 */
public final class BundledGuides {
  public static final String KEY_PREFIX = "bundled:";
  private static final String FOLDER = "entbot/guides";

  private BundledGuides() {}

  public static List<GuideFile> load() {
    URL url = BundledGuides.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem opened;
        try {
          opened = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Opened elsewhere in this JVM: use it, and leave closing it to its owner.
          return read(FileSystems.getFileSystem(uri).getPath("/" + FOLDER));
        }
        try (FileSystem jar = opened) {
          return read(jar.getPath("/" + FOLDER));
        }
      }
      return read(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw KnowledgeException.failure("impossible de lire les guides fournis avec entbot.", e);
    }
  }

  private static List<GuideFile> read(Path folder) throws IOException {
    List<GuideFile> guides = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && DocumentReaders.supports(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
          try (InputStream in = Files.newInputStream(file)) {
            guides.add(new GuideFile(KEY_PREFIX + name, name, in.readAllBytes()));
          }
        }
      }
    }
    return guides;
  }
}
