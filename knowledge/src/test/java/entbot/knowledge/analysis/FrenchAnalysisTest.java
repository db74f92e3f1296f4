package entbot.knowledge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchAnalysisTest {
  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("content", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void elisionCaseAccentsAndPluralsFoldTogether() throws IOException {
    Analyzer analyzer = FrenchAnalysis.indexAnalyzer();
    assertEquals(terms(analyzer, "établissements"), terms(analyzer, "l'Établissement"));
    assertEquals(terms(analyzer, "Elèves"), terms(analyzer, "élève"));
  }

  @Test
  void stopWordsAndQuestionWordsAreDropped() throws IOException {
    assertEquals(List.of("rol"), terms(FrenchAnalysis.indexAnalyzer(), "comment on met quel rôle ?")
        .stream().map(t -> t.substring(0, 3)).toList());
  }

  @Test
  void theGlossaryExpandsAcronymsAtQueryTimeOnly() throws IOException {
    Analyzer query = FrenchAnalysis.queryAnalyzer(Glossary.load(null));
    List<String> expanded = terms(query, "cdt");
    List<String> cahier = terms(FrenchAnalysis.indexAnalyzer(), "cahier de textes");
    assertTrue(expanded.containsAll(cahier), expanded + " should hold " + cahier);
    assertEquals(List.of("cdt"), terms(FrenchAnalysis.indexAnalyzer(), "cdt"));
  }

  @Test
  void aLocalGlossaryInTheDataFolderIsReadToo(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("glossary.txt"), "zorglub, messagerie\n");
    List<String> expanded = terms(FrenchAnalysis.queryAnalyzer(Glossary.load(data)), "zorglub");
    assertTrue(expanded.containsAll(terms(FrenchAnalysis.indexAnalyzer(), "messagerie")), expanded.toString());
  }

  @Test
  void anInvalidLocalGlossaryIsBadInput(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("glossary.txt"), "aesh => \n");
    KnowledgeException error = assertThrows(KnowledgeException.class, () -> Glossary.load(data));
    assertTrue(error.isBadInput());
  }
}
