package entbot.bot.tickets.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entbot.bot.BotException;
import entbot.bot.llm.LlmClient;
import entbot.bot.tickets.Person;
import java.io.IOException;

/**
 * Optional write stage: asks the LLM to rewrite a rule-based draft's title and description in
 * short, precise French. Split, route, people and classes stay the rules' (ground truth); the
 * rewrite is kept only if it is well-formed JSON and still names every person and class, otherwise
 * the rules' wording is kept. Either way the draft says who wrote it ({@code generatedBy}).
 */
public final class LlmRewriter {
  public static final String GENERATED_BY_LLM = "llm";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SYSTEM = """
      Tu rédiges des tickets d'incident pour le support d'un ENT scolaire (Pronote, EduConnect, ENT, GAR).
      Règles : un seul incident ; phrases courtes et précises ; garder TOUS les faits du signalement
      (noms, prénoms, profils, classes, services, dates, messages d'erreur) ; ne rien inventer.
      Réponds uniquement par un objet JSON : {"title": "...", "description": "..."}.""";

  private final LlmClient llm;

  public LlmRewriter(LlmClient llm) {
    this.llm = llm;
  }

  public Draft rewrite(Draft draft) {
    try {
      String answer = llm.complete(SYSTEM, "Signalement :\n" + draft.sourceText()
          + "\n\nBrouillon à réécrire :\nTitre : " + draft.title() + "\nDescription :\n" + draft.description());
      JsonNode node = JSON.readTree(stripFences(answer));
      String title = node.path("title").asText("").strip();
      String description = node.path("description").asText("").strip();
      if (title.isEmpty() || title.length() > 200 || description.isEmpty() || !keepsFacts(draft, title + "\n" + description)) {
        return draft;
      }
      return draft.withWording(title, description, GENERATED_BY_LLM);
    } catch (BotException | IOException e) {
      return draft; // the rules' wording is always a valid ticket
    }
  }

  private static boolean keepsFacts(Draft draft, String text) {
    String folded = Fold.fold(text);
    for (Person person : draft.people()) {
      String name = person.lastName() != null ? person.lastName() : person.firstName();
      if (!folded.contains(Fold.fold(name))) {
        return false;
      }
    }
    for (String className : draft.classes()) {
      if (!folded.replace(" ", "").contains(Fold.fold(className).replace(" ", ""))) {
        return false;
      }
    }
    return true;
  }

  private static String stripFences(String answer) {
    String s = answer.strip();
    if (s.startsWith("```")) {
      s = s.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
    }
    int start = s.indexOf('{');
    int end = s.lastIndexOf('}');
    return start >= 0 && end > start ? s.substring(start, end + 1) : s;
  }
}
