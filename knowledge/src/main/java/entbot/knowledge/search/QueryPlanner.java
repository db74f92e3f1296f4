package entbot.knowledge.search;

import entbot.knowledge.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
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
 * scores as its best form (a disjunction-max, a phrase weighing as one word): a passage quoting an
 * acronym's long form does not outweigh the rest of the question. A concept whose words are all
 * unknown to the index is a probable typo: it is replaced by the index's spelling suggestions (edit
 * distance ≤ 2, terms found in at least two passages), down-weighted so that a correction never
 * outranks an exact match.
 */
final class QueryPlanner {
  private static final float CORRECTION_BOOST = 0.7f;
  /** Capitalised words after the first one, and acronyms: the names a question is about. */
  private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}-]+|\\b\\p{Lu}{2,}[\\p{L}-]*");

  private final Analyzer indexAnalyzer = entbot.knowledge.analysis.FrenchAnalysis.indexAnalyzer();

  private final QueryBuilder builder;
  private final DirectSpellChecker spellChecker = new DirectSpellChecker();

  QueryPlanner(Analyzer queryAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    spellChecker.setThresholdFrequency(2f);
    spellChecker.setAccuracy(0.75f);
    spellChecker.setMinQueryLength(4);
  }

  List<PlannedConcept> plan(String question, IndexReader reader) throws IOException {
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
    Set<String> names = names(question);
    List<PlannedConcept> concepts = new ArrayList<>();
    Set<Query> seen = new HashSet<>();
    for (Query clause : clauses) {
      Set<Term> terms = new HashSet<>();
      clause.visit(QueryVisitor.termCollector(terms));
      if (!terms.isEmpty() && seen.add(clause)) {
        PlannedConcept concept = concept(clause, reader);
        boolean named = terms.stream().anyMatch(t -> names.contains(t.text()));
        concepts.add(named ? concept.asName() : concept);
      }
    }
    return concepts;
  }

  private PlannedConcept concept(Query clause, IndexReader reader) throws IOException {
    int docCount = Math.max(1, reader.getDocCount(IndexFields.CONTENT));
    List<Query> forms = new ArrayList<>();
    flatten(clause, forms);
    List<List<String>> alternatives = new ArrayList<>();
    List<Query> scored = new ArrayList<>();
    int commonest = 0;
    boolean known = false;
    for (Query form : forms) {
      Set<Term> terms = new LinkedHashSet<>();
      form.visit(QueryVisitor.termCollector(terms));
      if (terms.isEmpty()) {
        continue;
      }
      alternatives.add(terms.stream().map(Term::text).toList());
      scored.add(terms.size() > 1 ? new BoostQuery(form, 1f / terms.size()) : form);
      int rarest = Integer.MAX_VALUE;
      for (Term term : terms) {
        rarest = Math.min(rarest, reader.docFreq(term));
      }
      if (rarest > 0 && rarest != Integer.MAX_VALUE) {
        known = true;
        // The concept is as common as its commonest form: "élève" is common even if "gamin" is rare.
        commonest = Math.max(commonest, rarest);
      }
    }
    if (known) {
      Concept concept = new Concept(alternatives, idf(commonest, docCount), true, false);
      return new PlannedConcept(concept, scored.size() == 1 ? scored.get(0)
          : new DisjunctionMaxQuery(scored, 0.1f));
    }
    if (clause instanceof TermQuery single) {
      SuggestWord[] suggestions = spellChecker.suggestSimilar(
          single.getTerm(), 2, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        List<Query> corrected = new ArrayList<>();
        List<List<String>> correctedForms = new ArrayList<>();
        int frequency = 0;
        for (SuggestWord suggestion : suggestions) {
          corrected.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONTENT, suggestion.string)),
              CORRECTION_BOOST));
          correctedForms.add(List.of(suggestion.string));
          frequency = Math.max(frequency, suggestion.freq);
        }
        Concept concept = new Concept(correctedForms, idf(frequency, docCount), true, true);
        return new PlannedConcept(concept, new DisjunctionMaxQuery(corrected, 0.1f));
      }
    }
    // Unknown everywhere: the question is about something the guides never mention.
    return new PlannedConcept(new Concept(alternatives, idf(0, docCount), false, false), clause);
  }

  /** Index terms of the names in the question: capitalised words after its first, and acronyms. */
  private Set<String> names(String question) throws IOException {
    Set<String> names = new HashSet<>();
    Matcher matcher = NAME.matcher(question);
    while (matcher.find()) {
      try (TokenStream stream = indexAnalyzer.tokenStream(IndexFields.CONTENT, matcher.group())) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          names.add(term.toString());
        }
        stream.end();
      }
    }
    return names;
  }

  /** The forms of a concept: the alternatives of QueryBuilder's graph output, synonyms kept together. */
  private static void flatten(Query query, List<Query> forms) {
    if (query instanceof BooleanQuery bool) {
      bool.clauses().forEach(c -> flatten(c.getQuery(), forms));
    } else if (query instanceof TermQuery || query instanceof PhraseQuery) {
      forms.add(query);
    } else {
      // SynonymQuery and anything else: one form, scored by Lucene as a whole.
      Set<Term> terms = new HashSet<>();
      query.visit(QueryVisitor.termCollector(terms));
      if (query instanceof org.apache.lucene.search.SynonymQuery) {
        terms.forEach(t -> forms.add(new TermQuery(t)));
      } else {
        forms.add(query);
      }
    }
  }

  /** BM25's inverse document frequency. */
  static double idf(int docFrequency, int docCount) {
    return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
  }
}
