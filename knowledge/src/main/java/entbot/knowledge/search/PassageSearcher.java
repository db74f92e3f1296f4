package entbot.knowledge.search;

import entbot.knowledge.KnowledgeException;
import entbot.knowledge.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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
 * passages → coverage of the question by each passage found. Thread-safe once built.
 */
public final class PassageSearcher {
  private final IndexSearcher searcher;
  private final QueryPlanner planner;

  public PassageSearcher(IndexReader reader, Analyzer queryAnalyzer) {
    this.searcher = new IndexSearcher(reader);
    this.planner = new QueryPlanner(queryAnalyzer);
  }

  public SearchResult search(String question, int count) {
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
      ScoreDoc[] top = searcher.search(query.build(), count).scoreDocs;
      List<Hit> hits = new ArrayList<>(top.length);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc scoreDoc : top) {
        Document doc = stored.document(scoreDoc.doc);
        hits.add(new Hit(doc.get(IndexFields.DOCUMENT), doc.get(IndexFields.SECTION),
            doc.get(IndexFields.TEXT), scoreDoc.score, coverage(concepts, weights, scoreDoc.doc)));
      }
      return new SearchResult(question, hits, concepts, corrections);
    } catch (IOException e) {
      throw KnowledgeException.failure("impossible de lire l'index des guides.", e);
    }
  }

  /** Rarity-weighted share of the concepts that match passage {@code doc}. */
  private double coverage(List<Concept> concepts, List<Weight> weights, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    double matched = 0;
    double total = 0;
    for (int i = 0; i < concepts.size(); i++) {
      double weight = concepts.get(i).weight();
      total += weight;
      if (weights.get(i).matches(leaf, doc - leaf.docBase) != null) {
        matched += weight;
      }
    }
    return total == 0 ? 0 : Math.min(1, matched / total);
  }
}
