package entbot.knowledge.search;

import entbot.knowledge.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a question into concepts. The query analyzer applies the glossary (SynonymGraphFilter), so
 * each top-level clause of Lucene's QueryBuilder output is one concept with its synonyms. A concept
 * whose words are all unknown to the index is a probable typo: it is replaced by the spelling
 * suggestions of the index (edit distance ≤ 2, terms seen in at least two passages), down-weighted so
 * that a correction never outranks an exact match.
 */
final class QueryPlanner {
  private static final float CORRECTION_BOOST = 0.7f;

  private final QueryBuilder builder;
  private final DirectSpellChecker spellChecker = new DirectSpellChecker();

  QueryPlanner(Analyzer queryAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    spellChecker.setThresholdFrequency(2f);
    spellChecker.setAccuracy(0.7f);
    spellChecker.setMinQueryLength(4);
  }

  List<Concept> plan(String question, IndexReader reader) throws IOException {
    Query parsed = builder.createBooleanQuery(IndexFields.CONTENT, question, BooleanClause.Occur.SHOULD);
    if (parsed == null) {
      return List.of();
    }
    List<Query> clauses = new ArrayList<>();
    if (parsed instanceof BooleanQuery bool) {
      bool.clauses().forEach(c -> clauses.add(c.getQuery()));
    } else {
      clauses.add(parsed);
    }
    List<Concept> concepts = new ArrayList<>();
    Set<Query> seen = new HashSet<>();
    for (Query clause : clauses) {
      if (seen.add(clause)) {
        concepts.add(concept(clause, reader));
      }
    }
    return concepts;
  }

  private Concept concept(Query clause, IndexReader reader) throws IOException {
    Set<Term> terms = new HashSet<>();
    clause.visit(QueryVisitor.termCollector(terms));
    int docCount = Math.max(1, reader.getDocCount(IndexFields.CONTENT));
    int bestFrequency = Integer.MAX_VALUE;
    boolean known = false;
    for (Term term : terms) {
      int frequency = reader.docFreq(term);
      if (frequency > 0) {
        known = true;
        bestFrequency = Math.min(bestFrequency, frequency);
      }
    }
    if (known) {
      return new Concept(clause, idf(bestFrequency, docCount), texts(terms), false);
    }
    if (clause instanceof TermQuery single) {
      SuggestWord[] suggestions = spellChecker.suggestSimilar(
          single.getTerm(), 2, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        BooleanQuery.Builder corrected = new BooleanQuery.Builder();
        Set<String> correctedTerms = new HashSet<>();
        int frequency = Integer.MAX_VALUE;
        for (SuggestWord suggestion : suggestions) {
          corrected.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONTENT, suggestion.string)),
              CORRECTION_BOOST), BooleanClause.Occur.SHOULD);
          correctedTerms.add(suggestion.string);
          frequency = Math.min(frequency, suggestion.freq);
        }
        return new Concept(corrected.build(), idf(frequency, docCount), correctedTerms, true);
      }
    }
    // Unknown everywhere: the question is about something the guides never mention.
    return new Concept(clause, idf(0, docCount), texts(terms), false);
  }

  private static Set<String> texts(Set<Term> terms) {
    Set<String> texts = new HashSet<>();
    terms.forEach(t -> texts.add(t.text()));
    return texts;
  }

  /** BM25's inverse document frequency. */
  static double idf(int docFrequency, int docCount) {
    return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
  }
}
