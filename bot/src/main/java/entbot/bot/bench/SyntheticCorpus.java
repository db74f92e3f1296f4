package entbot.bot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A large corpus made from the real guides for speed measurements: copies of each guide whose
 * paragraphs are shuffled and tagged with a copy number, so that files differ (no two hashes alike)
 * while keeping the guides' vocabulary, structure and OCR noise. Seeded: every run builds the same.
 */
final class SyntheticCorpus {
  private SyntheticCorpus() {}

  /** Writes copies of {@code guides} into {@code folder} until at least {@code minBytes}; returns the size. */
  static long write(List<Path> guides, Path folder, long minBytes) throws IOException {
    if (guides.isEmpty()) {
      throw new IllegalArgumentException("no guide to build the synthetic corpus from");
    }
    Files.createDirectories(folder);
    List<String> texts = new ArrayList<>();
    for (Path guide : guides) {
      texts.add(Files.readString(guide, StandardCharsets.UTF_8));
    }
    Random random = new Random(42);
    long written = 0;
    for (int copy = 0; written < minBytes; copy++) {
      for (int g = 0; g < guides.size() && written < minBytes; g++) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(texts.get(g).split("\n\n")));
        // Keep the opening (title, table of contents) in place; shuffle the body.
        List<String> body = paragraphs.subList(Math.min(3, paragraphs.size()), paragraphs.size());
        Collections.shuffle(body, random);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
          text.append(paragraphs.get(p));
          if (p % 7 == 3) {
            text.append(" (copie ").append(copy).append(')');
          }
          text.append("\n\n");
        }
        String name = guides.get(g).getFileName().toString();
        Path file = folder.resolve("copie-" + copy + "-" + name);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        written += bytes.length;
      }
    }
    return written;
  }
}
