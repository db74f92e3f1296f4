package entbot.knowledge.search;

import entbot.knowledge.KnowledgeException;
import entbot.knowledge.analysis.FrenchAnalysis;
import entbot.knowledge.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds the passages answering a question: plan concepts (synonyms, corrections) → BM25 over the
 * passages → re-rank the first {@link #RERANK_DEPTH} by proximity and coverage of the question.
 * The weights were chosen on the QA question set ({@code ./entbot bench qa}). Thread-safe.
 */
public final class PassageSearcher {
  private final QueryPlanner planner;
  private final Proximity proximity = new Proximity(FrenchAnalysis.indexAnalyzer());
  /** BM25's top passages are re-ranked by how closely and how fully they hold the question. */
  private static final int RERANK_DEPTH = 10;
  /** Weights of proximity and coverage against the BM25 score scaled to the best one (1.0). */
  private static final double PROXIMITY_WEIGHT = 0.5;
  private static final double COVERAGE_WEIGHT = 0.3;

  public PassageSearcher(Analyzer queryAnalyzer) {
    this.planner = new QueryPlanner(queryAnalyzer);
  }

  /** The {@code count} best passages of {@code searcher}'s index for {@code question}. */
  public SearchResult search(IndexSearcher searcher, String question, int count) {
    try {
      List<PlannedConcept> planned = planner.plan(question, searcher.getIndexReader());
      List<Concept> concepts = planned.stream().map(PlannedConcept::concept).toList();
      if (planned.isEmpty()) {
        return new SearchResult(question, List.of(), concepts, List.of());
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      List<String> corrections = new ArrayList<>();
      List<Weight> weights = new ArrayList<>();
      for (PlannedConcept concept : planned) {
        query.add(concept.query(), BooleanClause.Occur.SHOULD);
        weights.add(searcher.createWeight(searcher.rewrite(concept.query()),
            ScoreMode.COMPLETE_NO_SCORES, 1f));
        if (concept.concept().corrected()) {
          concept.concept().alternatives().forEach(corrections::addAll);
        }
      }
      ScoreDoc[] top = searcher.search(query.build(), Math.max(count, RERANK_DEPTH)).scoreDocs;
      List<Hit> hits = new ArrayList<>(top.length);
      List<Double> ranking = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      double bestScore = top.length == 0 ? 1 : top[0].score;
      for (ScoreDoc scoreDoc : top) {
        Document doc = stored.document(scoreDoc.doc);
        String text = doc.get(IndexFields.TEXT);
        String section = doc.get(IndexFields.SECTION);
        boolean[] matched = matched(searcher, weights, scoreDoc.doc);
        double coverage = coverage(concepts, matched);
        boolean namesPresent = true;
        for (int i = 0; i < concepts.size(); i++) {
          namesPresent &= !concepts.get(i).named() || matched[i];
        }
        double near = proximity.bestWindowCoverage(section + "\n" + text, concepts);
        double relevance = scoreDoc.score / bestScore + PROXIMITY_WEIGHT * near + COVERAGE_WEIGHT * coverage;
        // The score shown is the one sources are ordered by: BM25 scaled to the best, plus the re-ranking.
        hits.add(new Hit(doc.get(IndexFields.DOCUMENT), section, text, relevance, coverage, near,
            namesPresent));
        ranking.add(relevance);
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < hits.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(ranking.get(b), ranking.get(a)));
      List<Hit> reranked = order.stream().limit(count).map(hits::get).toList();
      return new SearchResult(question, reranked, concepts, corrections);
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de lire l'index des guides.", e);
    }
  }

  /** Which concepts match passage {@code doc}. */
  private static boolean[] matched(IndexSearcher searcher, List<Weight> weights, int doc)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    boolean[] matched = new boolean[weights.size()];
    for (int i = 0; i < weights.size(); i++) {
      matched[i] = weights.get(i).matches(leaf, doc - leaf.docBase) != null;
    }
    return matched;
  }

  /** Rarity-weighted share of the concepts that match; a spelling correction is a guess: it counts half. */
  private static double coverage(List<Concept> concepts, boolean[] matched) {
    double total = 0;
    double covered = 0;
    for (int i = 0; i < concepts.size(); i++) {
      double weight = concepts.get(i).weight();
      total += weight;
      if (matched[i]) {
        covered += concepts.get(i).corrected() ? weight / 2 : weight;
      }
    }
    return total == 0 ? 0 : Math.min(1, covered / total);
  }
}
