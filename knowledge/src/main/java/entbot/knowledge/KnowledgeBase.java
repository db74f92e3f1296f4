package entbot.knowledge;

import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.analysis.Glossary;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.AnswerGenerator;
import entbot.knowledge.answer.ExtractiveAnswerer;
import entbot.knowledge.answer.RefusalPolicy;
import entbot.knowledge.answer.Source;
import entbot.knowledge.index.GuideIndexer;
import entbot.knowledge.index.IndexReport;
import entbot.knowledge.ingest.BundledGuides;
import entbot.knowledge.ingest.GuideFile;
import entbot.knowledge.ingest.GuideWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import entbot.knowledge.search.Hit;
import entbot.knowledge.search.PassageSearcher;
import entbot.knowledge.search.SearchResult;

/**
 * The knowledge base of one data folder: indexes guides into {@code DATA/index} and answers
 * questions from them, citing the passages. Open it once and reuse it (asking is then a few
 * milliseconds); it is safe to ask from several threads.
 */
public final class KnowledgeBase implements AutoCloseable {
  /** Sources returned with each answer (the contract asks for at least 3 when the index has them). */
  public static final int SOURCES = 5;
  private static final int MAX_QUESTION_CHARS = 2000;
  private static final String REFUSAL = "Les guides ne couvrent pas cette question : aucun passage "
      + "n'y répond vraiment. Les passages les plus proches sont cités à titre indicatif.";

  private final Directory directory;
  private final Analyzer queryAnalyzer;
  private final ExtractiveAnswerer answerer;
  private final RefusalPolicy refusal;
  private final PassageSearcher searcher;
  /** Hands out searchers on the latest commit; a search in progress keeps its reader open. */
  private SearcherManager searchers;

  private KnowledgeBase(Directory directory, Analyzer queryAnalyzer, RefusalPolicy refusal) {
    this.directory = directory;
    this.queryAnalyzer = queryAnalyzer;
    this.answerer = new ExtractiveAnswerer(FrenchAnalysis.indexAnalyzer());
    this.refusal = refusal;
    this.searcher = new PassageSearcher(queryAnalyzer);
  }

  /** Opens (without creating anything yet) the knowledge base stored under {@code dataDir}. */
  public static KnowledgeBase open(Path dataDir) {
    return open(dataDir, RefusalPolicy.calibrated());
  }

  /** As {@link #open(Path)} with another refusal threshold (the QA benchmark calibrates it). */
  public static KnowledgeBase open(Path dataDir, RefusalPolicy refusal) {
    try {
      Files.createDirectories(dataDir);
      Directory directory = FSDirectory.open(dataDir.resolve("index"));
      return new KnowledgeBase(directory, FrenchAnalysis.queryAnalyzer(Glossary.load(dataDir)), refusal);
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible d'ouvrir le dossier de données « " + dataDir + " ».", e);
    }
  }

  /** Indexes {@code paths} (files or folders); an empty list means the bundled guides. */
  public IndexReport index(List<Path> paths) {
    return index(paths, System.console() != null ? KnowledgeBase::printProgress : message -> {});
  }

  public synchronized IndexReport index(List<Path> paths, Consumer<String> progress) {
    IndexReport report;
    GuideIndexer indexer = new GuideIndexer(directory);
    if (paths.isEmpty()) {
      Map<String, GuideFile> bundled = new LinkedHashMap<>();
      BundledGuides.load().forEach(g -> bundled.put(g.key(), g));
      report = indexer.update(new ArrayList<>(bundled.keySet()), bundled::get,
          key -> key.startsWith(BundledGuides.KEY_PREFIX), progress);
    } else {
      List<Path> roots = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
      List<String> keys = GuideWalker.files(paths).stream().map(Path::toString).toList();
      report = indexer.update(keys, KnowledgeBase::readFile,
          key -> !key.startsWith(BundledGuides.KEY_PREFIX)
              && (GuideWalker.isUnder(Path.of(key), roots) || !Files.exists(Path.of(key))),
          progress);
    }
    if (System.console() != null) {
      System.err.print("\r\033[K");
      System.err.flush();
    }
    reopen();
    return report;
  }

  public Answer ask(String question) {
    return ask(question, null);
  }

  /** Answers with {@code generator} (an LLM) when given, falling back to the extractive answer. */
  public Answer ask(String question, AnswerGenerator generator) {
    SearchResult result = search(question);
    List<Source> sources = sources(result.hits());
    if (!refusal.answers(result)) {
      return new Answer(question, false, REFUSAL, sources, Answer.EXTRACTIVE);
    }
    if (generator != null) {
      try {
        String generated = generator.generate(question, sources);
        if (generated != null && !generated.isBlank()) {
          return new Answer(question, true, generated.strip(), sources, Answer.LLM);
        }
      } catch (RuntimeException fallBackToExtractive) {
        // The model is optional: any failure leaves the extractive answer, which always works.
      }
    }
    return new Answer(question, true, answerer.answer(result, sources), sources, Answer.EXTRACTIVE);
  }

  /** The passages found for {@code question} and their coverage (the benchmark calibrates on it). */
  public SearchResult search(String question) {
    if (question == null || question.isBlank()) {
      throw KnowledgeException.badInput("la question est vide.");
    }
    if (question.length() > MAX_QUESTION_CHARS) {
      throw KnowledgeException.badInput("la question est trop longue (plus de "
          + MAX_QUESTION_CHARS + " caractères).");
    }
    SearcherManager manager = searchers();
    try {
      IndexSearcher indexSearcher = manager.acquire();
      try {
        return searcher.search(indexSearcher, question.strip(), SOURCES);
      } finally {
        manager.release(indexSearcher);
      }
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de lire l'index des guides.", e);
    }
  }

  private synchronized SearcherManager searchers() {
    if (searchers == null) {
      try {
        if (!DirectoryReader.indexExists(directory)) {
          index(List.of(), message -> {});
        }
      } catch (IOException e) {
        throw KnowledgeException.failure("impossible de lire l'index des guides.", e);
      }
      reopen();
    }
    return searchers;
  }

  private synchronized void reopen() {
    try {
      if (searchers != null) {
        searchers.maybeRefreshBlocking();
      } else if (DirectoryReader.indexExists(directory)) {
        searchers = new SearcherManager(directory, null);
      }
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de lire l'index des guides.", e);
    }
  }

  private static List<Source> sources(List<Hit> hits) {
    List<Source> sources = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      sources.add(new Source(i + 1, hit.document(), hit.section(), hit.text(),
          Math.round(hit.score() * 1000) / 1000.0));
    }
    return sources;
  }

  private static GuideFile readFile(String key) throws IOException {
    Path path = Path.of(key);
    return new GuideFile(key, path.getFileName().toString(), Files.readAllBytes(path));
  }

  private static void printProgress(String message) {
    String shown = message.length() > 100 ? "…" + message.substring(message.length() - 99) : message;
    System.err.print("\r\033[K" + shown);
    System.err.flush();
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      directory.close();
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de fermer l'index des guides.", e);
    }
  }
}
