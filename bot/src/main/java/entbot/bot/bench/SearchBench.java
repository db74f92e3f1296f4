package entbot.bot.bench;

import entbot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code ./entbot bench search}: indexing throughput of entbot on a synthetic corpus of at least
 * 50 MB made from the real guides, beside raw Lucene with {@link FrenchAnalyzer} on the same files
 * in the same run; then warm ask latency over 1,000 questions on that index, and the peak heap.
 * Everything happens in a temporary folder.
 */
public final class SearchBench implements BenchSuite {
  static final long CORPUS_BYTES = 50L * 1024 * 1024;
  static final int QUESTIONS = 1000;

  private final long corpusBytes;
  private final int questions;

  public SearchBench() {
    this(CORPUS_BYTES, QUESTIONS);
  }

  /** A smaller run for tests: the same measurements on {@code corpusBytes} and {@code questions}. */
  SearchBench(long corpusBytes, int questions) {
    if (corpusBytes <= 0 || questions <= 0) {
      throw new IllegalArgumentException("corpus size and question count must be positive");
    }
    this.corpusBytes = corpusBytes;
    this.questions = questions;
  }

  @Override
  public BenchFigures run(Path dataDir, PrintWriter report) throws IOException {
    resetPeaks();
    Path work = Files.createTempDirectory("entbot-bench-search");
    try {
      Path corpus = work.resolve("corpus");
      long bytes = SyntheticCorpus.write(guides(QaBench.sharedGuides()), corpus, corpusBytes);
      double megabytes = bytes / (1024.0 * 1024.0);
      report.printf(Locale.ROOT, "Banc d'essai search : corpus synthétique de %.1f Mo tiré des guides%n",
          megabytes);
      report.flush();

      double rawSeconds = rawLucene(corpus, work.resolve("raw-index"));
      List<Double> latencies;
      double entbotSeconds;
      try (KnowledgeBase knowledge = KnowledgeBase.open(work.resolve("data"))) {
        long start = System.nanoTime();
        knowledge.index(List.of(corpus), message -> {});
        entbotSeconds = (System.nanoTime() - start) / 1e9;
        latencies = askLatencies(knowledge);
      }
      double entbotMBps = megabytes / entbotSeconds;
      double rawMBps = megabytes / rawSeconds;
      double p50 = percentile(latencies, 50);
      double p99 = percentile(latencies, 99);
      double peak = peakHeapMB();
      long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);

      report.printf(Locale.ROOT, "Indexation entbot        : %7.2f Mo/s (%.1f s)%n", entbotMBps, entbotSeconds);
      report.printf(Locale.ROOT, "Lucene brut (French)     : %7.2f Mo/s (%.1f s)%n", rawMBps, rawSeconds);
      report.printf(Locale.ROOT, "Rapport entbot / Lucene  : %7.2f (objectif >= 0,5)%n", entbotMBps / rawMBps);
      report.printf(Locale.ROOT, "ask à chaud, %d questions : p50 %.2f ms, p99 %.2f ms (objectif p99 < 10 ms)%n",
          latencies.size(), p50, p99);
      report.printf(Locale.ROOT, "Tas maximal utilisé      : %.0f Mo (objectif < 512 Mo ; -Xmx %d Mo)%n",
          peak, maxHeap);
      report.flush();
      return new BenchFigures()
          .put("corpusMB", round(megabytes))
          .put("indexMBps", round(entbotMBps))
          .put("luceneIndexMBps", round(rawMBps))
          .put("vsLuceneIndexRatio", round(entbotMBps / rawMBps))
          .put("askP50Ms", round(p50))
          .put("askP99Ms", round(p99))
          .put("peakHeapMB", Math.round(peak))
          .put("maxHeapMB", maxHeap);
    } finally {
      QaBench.deleteRecursively(work);
    }
  }

  /** The baseline: each file read and indexed whole with the stock French analyzer, one commit. */
  private static double rawLucene(Path corpus, Path indexDir) throws IOException {
    long start = System.nanoTime();
    try (FSDirectory directory = FSDirectory.open(indexDir);
         IndexWriter writer = new IndexWriter(directory,
             new IndexWriterConfig(new FrenchAnalyzer()).setRAMBufferSizeMB(64));
         Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().toList()) {
        Document doc = new Document();
        doc.add(new TextField("content", Files.readString(file, StandardCharsets.UTF_8), Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private List<Double> askLatencies(KnowledgeBase knowledge) {
    List<String> set = QuestionSet.bundled().questions().stream().map(QaQuestion::question).toList();
    // Warm means compiled: one full pass of the same workload first (the JIT needs about that many
    // asks before the hot paths stop changing; measured p99 falls from ~25 ms to ~8 ms).
    for (int i = 0; i < questions; i++) {
      knowledge.ask(set.get(i % set.size()));
    }
    List<Double> latencies = new ArrayList<>(questions);
    for (int i = 0; i < questions; i++) {
      long start = System.nanoTime();
      knowledge.ask(set.get(i % set.size()));
      latencies.add((System.nanoTime() - start) / 1e6);
    }
    return latencies;
  }

  static double percentile(List<Double> values, int percentile) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static List<Path> guides(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peak usage since the start of the run. */
  private static double peakHeapMB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum() / (1024.0 * 1024.0);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
