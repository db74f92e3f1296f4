package entbot.bot.llm;

import entbot.bot.BotException;
import entbot.knowledge.answer.AnswerGenerator;
import entbot.knowledge.answer.Source;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the answer to an {@code ask} question with the LLM, from the numbered passages the search
 * found. The model's text is kept only when it is short and cites at least one of those passages
 * (and none that does not exist); otherwise this throws, and {@code KnowledgeBase.ask} keeps the
 * extractive answer. Only called for questions the refusal policy already accepted: the model
 * never decides that an uncovered question is covered. When the model finds the passages do not
 * answer, it is told to say so without any [n], which this rejects: the search's verdict and the
 * extractive answer stand, rather than an {@code answered: true} whose text says the opposite.
 */
public final class LlmAnswerGenerator implements AnswerGenerator {
  /** Longest answer kept; the prompt asks for about 800 characters, this leaves the model slack. */
  static final int MAX_ANSWER_CHARS = 1200;
  /** Each passage is cut to this in the prompt, so five sources stay well inside a small context. */
  static final int MAX_PASSAGE_CHARS = 1500;
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)\\]");
  /** Reasoning models (deepseek-r1, qwq) may prepend their chain of thought; it is not the answer. */
  private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
  static final String SYSTEM = """
      Tu aides les administrateurs d'un ENT scolaire (Skolengo, ENTMIP, Toutatice, Pronote, \
      EduConnect, GAR) : des enseignants ou des secrétaires, pas des informaticiens.
      Réponds en français, uniquement à partir des sources numérotées fournies ; n'invente rien.
      Donne d'abord le fait ou l'action demandée, puis les étapes utiles, en quelques lignes \
      (moins de 800 caractères).
      Cite la source de chaque fait avec son numéro entre crochets, par exemple [1] ou [2].
      Si les sources ne répondent pas à la question, dis-le simplement en une phrase, sans \
      numéro de source et sans inventer de réponse.
      Pas de titre, pas de préambule, pas de liste des sources à la fin.""";

  private final LlmClient llm;

  public LlmAnswerGenerator(LlmClient llm) {
    this.llm = Objects.requireNonNull(llm, "llm");
  }

  @Override
  public String generate(String question, List<Source> sources) {
    if (sources.isEmpty()) {
      throw BotException.failure("aucun passage à donner au modèle de langage.", null);
    }
    String answer = THINKING.matcher(llm.complete(SYSTEM, userPrompt(question, sources))).replaceAll("").strip();
    validate(answer, sources);
    return answer;
  }

  static String userPrompt(String question, List<Source> sources) {
    StringBuilder prompt = new StringBuilder("Question : ").append(question.strip()).append("\n\nSources :\n");
    for (Source source : sources) {
      String text = source.text().strip();
      if (text.length() > MAX_PASSAGE_CHARS) {
        text = text.substring(0, MAX_PASSAGE_CHARS) + " […]";
      }
      prompt.append("\n[").append(source.rank()).append("] ").append(source.document());
      if (!source.section().isBlank()) {
        prompt.append(" > ").append(source.section());
      }
      prompt.append(" :\n").append(text).append('\n');
    }
    return prompt.toString();
  }

  /** Throws unless {@code answer} is short and cites only passages that were given (at least one). */
  static void validate(String answer, List<Source> sources) {
    if (answer.isBlank()) {
      throw BotException.failure("le modèle de langage a répondu vide.", null);
    }
    if (answer.length() > MAX_ANSWER_CHARS) {
      throw BotException.failure("la réponse du modèle de langage est trop longue ("
          + answer.length() + " caractères).", null);
    }
    Set<Integer> ranks = sources.stream().map(Source::rank).collect(Collectors.toSet());
    boolean citesOne = false;
    Matcher citation = CITATION.matcher(answer);
    while (citation.find()) {
      for (String number : citation.group(1).split("\\s*[,;]\\s*")) {
        // A reference to a passage that was not given is an invented source: drop the whole answer.
        if (!ranks.contains(Integer.parseInt(number))) {
          throw BotException.failure("le modèle de langage cite une source inexistante [" + number + "].", null);
        }
        citesOne = true;
      }
    }
    if (!citesOne) {
      throw BotException.failure("la réponse du modèle de langage ne cite aucune source.", null);
    }
  }
}
