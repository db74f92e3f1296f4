package entbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.knowledge.analysis.TextNormalizer;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.Source;
import entbot.knowledge.index.IndexReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real index of the five real guides, built once for the class. */
class KnowledgeBaseTest {
  static final Path GUIDES = Path.of(System.getProperty("entbot.root", ".."), "..", "shared", "guides");

  @TempDir
  static Path data;
  static KnowledgeBase knowledge;

  @BeforeAll
  static void indexTheRealGuides() {
    knowledge = KnowledgeBase.open(data);
    IndexReport report = knowledge.index(List.of(GUIDES));
    assertEquals(5, report.indexed());
  }

  @AfterAll
  static void close() {
    knowledge.close();
  }

  @Test
  void answersAColloquialQuestionWithAcronymsFromTheRightGuideCitingIt() {
    Answer answer = knowledge.ask("les avs doivent pouvoir envoyer des mails aux profs, quel rôle dans la messagerie ?");
    assertTrue(answer.answered(), answer.answer());
    assertTrue(answer.sources().size() >= 3);
    assertTrue(answer.sources().stream().limit(3).anyMatch(s -> s.document().equals("entmip-comptes-aesh.txt")));
    assertTrue(answer.answer().contains("[1]") || answer.answer().contains("[2]"), answer.answer());
    assertTrue(answer.answer().length() <= 800);
  }

  @Test
  void citesTheHeadingPathOfThePassage() {
    Answer answer = knowledge.ask("Comment créer un utilisateur dans l'annuaire ENT Skolengo ?");
    Source best = answer.sources().get(0);
    assertTrue(best.section().startsWith("Formation Administrateur ENT Skolengo > "), best.section());
    assertEquals(1, best.rank());
  }

  @Test
  void toleratesATypoWithoutDrowningExactMatches() {
    Answer typo = knowledge.ask("comment intégrer un fichier d'emploi du temsp dans l'ENT ?");
    Answer exact = knowledge.ask("comment intégrer un fichier d'emploi du temps dans l'ENT ?");
    assertEquals(exact.sources().get(0).section(), typo.sources().get(0).section());
    assertTrue(knowledge.search("emploi du temps").corrections().isEmpty());
  }

  @Test
  void refusesAQuestionOutsideTheGuidesEvenWhenItSharesWordsWithThem() {
    Answer answer = knowledge.ask("comment créer un quiz dans Moodle ?");
    assertFalse(answer.answered());
    assertTrue(TextNormalizer.fold(answer.answer()).contains("ne couvrent pas"), answer.answer());
    assertFalse(answer.sources().isEmpty(), "the closest passages are still listed");
  }

  @Test
  void fallsBackToTheExtractiveAnswerWhenTheGeneratorFails() {
    Answer answer = knowledge.ask("Quel rôle donner aux AESH sur le cahier de textes ?", (q, s) -> {
      throw new IllegalStateException("LLM en panne");
    });
    assertEquals(Answer.EXTRACTIVE, answer.generatedBy());
    Answer generated = knowledge.ask("Quel rôle donner aux AESH sur le cahier de textes ?",
        (q, s) -> "Le rôle CPE [1]");
    assertEquals(Answer.LLM, generated.generatedBy());
    assertEquals("Le rôle CPE [1]", generated.answer());
  }

  @Test
  void answersFromSeveralThreadsWhileTheGuidesAreReindexed(@TempDir Path folder) throws Exception {
    Path guide = folder.resolve("fiche.md");
    try (KnowledgeBase base = KnowledgeBase.open(folder.resolve("data"))) {
      java.nio.file.Files.writeString(guide, "# Fiche\n\n" + "Le rôle Visiteur sur la rubrique Classes. ".repeat(30));
      base.index(List.of(guide));
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
      List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 60; i++) {
        answers.add(pool.submit(() -> base.ask("quel rôle sur la rubrique Classes ?")));
        if (i % 20 == 0) {
          java.nio.file.Files.writeString(guide, "# Fiche\n\n" + ("Le rôle Visiteur sur la rubrique Classes, version "
              + i + ". ").repeat(30));
          base.index(List.of(guide));
        }
      }
      for (java.util.concurrent.Future<Answer> answer : answers) {
        assertFalse(answer.get().sources().isEmpty());
      }
      pool.shutdown();
    }
  }

  @Test
  void anEmptyQuestionIsBadInput() {
    KnowledgeException error = assertThrows(KnowledgeException.class, () -> knowledge.ask("   "));
    assertTrue(error.isBadInput());
  }

  @Test
  void indexesTheBundledGuidesWhenThereIsNoIndexYet(@TempDir Path fresh) {
    try (KnowledgeBase empty = KnowledgeBase.open(fresh)) {
      Answer answer = empty.ask("Comment créer un groupe pour les AESH dans l'ENTMIP ?");
      assertFalse(answer.sources().isEmpty());
      assertTrue(answer.sources().stream().allMatch(s -> s.document().endsWith(".md")));
    }
    assertTrue(Files.isDirectory(fresh.resolve("index")));
  }

  @Test
  void aMissingPathIsBadInputAndChangesNothing(@TempDir Path other) {
    try (KnowledgeBase base = KnowledgeBase.open(other)) {
      KnowledgeException error = assertThrows(KnowledgeException.class,
          () -> base.index(List.of(other.resolve("nulle-part"))));
      assertTrue(error.isBadInput());
      assertTrue(error.getMessage().contains("nulle-part"));
    }
  }
}
