package entbot.knowledge.index;

import entbot.knowledge.KnowledgeException;
import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.ingest.GuideFile;
import entbot.knowledge.ingest.Ingestion;
import entbot.knowledge.ingest.Passage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One indexing run over a set of guides. A guide whose content hash is already in the index costs
 * nothing; a changed one is replaced; a stale one (deleted on disk) is removed. Everything happens
 * in ONE commit at the end: a run that is killed leaves the previous commit, hence the previous
 * index, intact (the writer never commits on close).
 */
public final class GuideIndexer {
  /** Part of the hash: bump it when ingestion changes so that every guide is re-cut once. */
  private static final String PIPELINE_VERSION = "passages-v1";

  /** Loads one guide by key; may throw {@link KnowledgeException} or {@link IOException}. */
  public interface Loader {
    GuideFile load(String key) throws IOException;
  }

  private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  private final Directory directory;

  public GuideIndexer(Directory directory) {
    this.directory = directory;
  }

  /**
   * Indexes the guides named by {@code keys}; removes indexed guides for which {@code stale} is true
   * and that are not among {@code keys}. Unreadable guides are skipped with a warning.
   */
  public IndexReport update(List<String> keys, Loader loader, Predicate<String> stale,
      Consumer<String> progress) {
    IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      Map<String, String> known = knownHashes(writer);
      AtomicInteger indexed = new AtomicInteger();
      AtomicInteger unchanged = new AtomicInteger();
      AtomicInteger passages = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      List<String> warnings = Collections.synchronizedList(new ArrayList<>());
      // Reading and cutting guides is CPU work: spread it over the cores; IndexWriter is thread-safe.
      ExecutorService workers = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> jobs = new ArrayList<>();
        for (String key : keys) {
          jobs.add(workers.submit(() -> {
            progress.accept("indexation " + done.incrementAndGet() + "/" + keys.size() + " : " + key);
            try {
              GuideFile guide = loader.load(key);
              String hash = hash(guide.content());
              if (hash.equals(known.get(key))) {
                unchanged.incrementAndGet();
                return null;
              }
              List<Passage> cut = Ingestion.passages(guide);
              writer.updateDocuments(new Term(IndexFields.FILE, key),
                  documents(key, hash, guide.name(), cut));
              indexed.incrementAndGet();
              passages.addAndGet(cut.size());
            } catch (KnowledgeException | IOException e) {
              warnings.add("Avertissement : fichier ignoré, " + warningOf(e, key));
            }
            return null;
          }));
        }
        for (Future<?> job : jobs) {
          job.get();
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        throw KnowledgeException.failure("échec inattendu pendant l'indexation.", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw KnowledgeException.failure("indexation interrompue.", e);
      } finally {
        workers.shutdownNow();
      }
      int removed = 0;
      Set<String> current = new HashSet<>(keys);
      for (String key : known.keySet()) {
        if (!current.contains(key) && stale.test(key)) {
          writer.deleteDocuments(new Term(IndexFields.FILE, key));
          removed++;
        }
      }
      if (indexed.get() > 0 || removed > 0 || known.isEmpty()) {
        writer.commit();
      } else {
        writer.rollback();
      }
      List<String> sorted = new ArrayList<>(warnings);
      Collections.sort(sorted);
      return new IndexReport(indexed.get(), unchanged.get(), removed, sorted.size(), passages.get(),
          sorted);
    } catch (LockObtainFailedException e) {
      throw KnowledgeException.failure("l'index est déjà en cours de mise à jour par un autre "
          + "processus ; réessayez dans un instant.", e);
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible d'écrire l'index des guides.", e);
    }
  }

  private static String warningOf(Exception e, String key) {
    String message = e instanceof KnowledgeException ? e.getMessage()
        : "fichier illisible : « " + key + " ».";
    return message.endsWith(".") ? message : message + ".";
  }

  private static List<Document> documents(String key, String hash, String name, List<Passage> cut) {
    List<Document> documents = new ArrayList<>(cut.size() + 1);
    for (Passage passage : cut) {
      Document doc = new Document();
      doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
      doc.add(new StringField(IndexFields.FILE, key, Field.Store.NO));
      doc.add(new StoredField(IndexFields.DOCUMENT, passage.document()));
      doc.add(new StoredField(IndexFields.SECTION, passage.section()));
      doc.add(new StoredField(IndexFields.TEXT, passage.text()));
      doc.add(new TextField(IndexFields.CONTENT, passage.section() + "\n" + passage.text(),
          Field.Store.NO));
      documents.add(doc);
    }
    Document file = new Document();
    file.add(new StringField(IndexFields.KIND, IndexFields.KIND_FILE, Field.Store.NO));
    file.add(new StringField(IndexFields.FILE, key, Field.Store.YES));
    file.add(new StoredField(IndexFields.HASH, hash));
    file.add(new StoredField(IndexFields.DOCUMENT, name));
    documents.add(file);
    return documents;
  }

  /** Key → content hash of every guide in the last commit (none when there is no index yet). */
  private static Map<String, String> knownHashes(IndexWriter writer) throws IOException {
    Map<String, String> known = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery files = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_FILE));
      int count = Math.max(1, searcher.count(files));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(files, count).scoreDocs) {
        Document doc = stored.document(hit.doc);
        known.put(doc.get(IndexFields.FILE), doc.get(IndexFields.HASH));
      }
    }
    return known;
  }

  static String hash(byte[] content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(PIPELINE_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The analyzer passages are indexed with (the searcher analyses questions to match it). */
  public static Analyzer analyzer() {
    return FrenchAnalysis.indexAnalyzer();
  }
}
