package entbot.bot.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entbot.bot.BotException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The QA question set, read from the classpath ({@code entbot/bench/questions.yaml}). */
public record QuestionSet(List<QaQuestion> questions) {
  public static final String RESOURCE = "entbot/bench/questions.yaml";

  public QuestionSet {
    questions = List.copyOf(questions);
  }

  public static QuestionSet bundled() {
    try (InputStream in = QuestionSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw BotException.failure("jeu de questions introuvable (" + RESOURCE + ").", null);
      }
      return parse(in);
    } catch (IOException e) {
      throw BotException.failure("jeu de questions illisible (" + RESOURCE + ").", e);
    }
  }

  /** Unknown keys are rejected: a misspelt "covred: false" must not silently count as covered. */
  public static QuestionSet parse(InputStream yaml) throws IOException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return mapper.readValue(yaml, QuestionSet.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw BotException.badInput("jeu de questions invalide : " + e.getOriginalMessage() + ".");
    }
  }
}
