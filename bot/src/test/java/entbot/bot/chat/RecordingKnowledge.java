package entbot.bot.chat;

import java.util.ArrayList;
import java.util.List;

/** A knowledge base that answers from a fixed passage and records the questions. */
public final class RecordingKnowledge implements KnowledgePort {
  public final List<String> questions = new ArrayList<>();
  public RuntimeException failure;

  @Override
  public GuideAnswer ask(String question) {
    questions.add(question);
    if (failure != null) {
      throw failure;
    }
    if (question.toLowerCase().contains("pronote")) {
      return new GuideAnswer(true, "Importez les identifiants depuis Administration [1].",
          List.of(new GuideSource(1, "skolengo-formation-administrateur.txt",
              "2.4. (Import ou mise à jour des identifiants Pronote)"),
              new GuideSource(2, "ent-occitanie-guide-administrateur-ocr.txt",
                  "c. La gestion de debut d'année")));
    }
    return new GuideAnswer(false, "Les guides ne couvrent pas cette question.",
        List.of(new GuideSource(1, "kosmos-gestion-comptes-rentree.txt", "Comptes")));
  }
}
