package entbot.bot.cli;

import entbot.bot.llm.LlmAnswerGenerator;
import entbot.bot.llm.LlmClient;
import entbot.knowledge.KnowledgeBase;
import entbot.knowledge.KnowledgeException;
import entbot.knowledge.answer.Answer;
import entbot.knowledge.answer.AnswerGenerator;
import entbot.knowledge.answer.Source;
import entbot.knowledge.index.IndexReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./entbot ask [--guides PATH]... "question"} or {@code --questions FILE}: answers from the
 * indexed guides, citing the passages; with no index at all, the bundled guides are indexed first.
 * When an LLM is configured ({@code ENTBOT_LLM_*}), it writes the answers from the same passages;
 * refused questions and any LLM failure keep the extractive answer ({@code generatedBy} says which).
 */
@Command(name = "ask", description = "Répond à une question à partir des guides indexés, en citant "
    + "les passages.")
final class AskCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Option(names = "--guides", paramLabel = "CHEMIN",
      description = "Indexe d'abord ces fichiers ou dossiers (mêmes règles que « index »).")
  List<Path> guides = new ArrayList<>();

  @Option(names = "--questions", paramLabel = "FICHIER",
      description = "Une question par ligne ; toutes sont traitées dans le même processus.")
  Path questionsFile;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "La question, en français.")
  List<String> words = new ArrayList<>();

  /** Where the optional LLM comes from: the environment, or a test's server (env vars can't be set in-process). */
  private final Supplier<Optional<LlmClient>> llm;

  AskCommand() {
    this(LlmClient::fromEnvironment);
  }

  AskCommand(Supplier<Optional<LlmClient>> llm) {
    this.llm = llm;
  }

  @Override
  public Integer call() {
    List<String> questions = questions();
    AnswerGenerator generator = llm.get().map(LlmAnswerGenerator::new).orElse(null);
    try (KnowledgeBase knowledge = KnowledgeBase.open(common.dataDir())) {
      if (!guides.isEmpty()) {
        IndexReport report = knowledge.index(guides);
        report.warnings().forEach(common.err()::println);
        common.err().flush();
      }
      List<Answer> answers = new ArrayList<>(questions.size());
      for (String question : questions) {
        answers.add(knowledge.ask(question, generator));
      }
      if (common.json()) {
        common.printJson(questionsFile == null ? answers.get(0) : Map.of("results", answers));
      } else {
        answers.forEach(answer -> print(answer, common.out(), questionsFile != null));
        common.out().flush();
      }
    }
    return ErrorReporter.OK;
  }

  private List<String> questions() {
    if (questionsFile != null && !words.isEmpty()) {
      throw KnowledgeException.badInput("donnez soit une question, soit --questions FICHIER, pas les deux.");
    }
    if (questionsFile == null) {
      String question = String.join(" ", words).strip();
      if (question.isEmpty()) {
        throw KnowledgeException.badInput("la question est vide : écrivez-la entre guillemets, "
            + "par exemple ./entbot ask \"comment créer un groupe ?\".");
      }
      return List.of(question);
    }
    if (!Files.isRegularFile(questionsFile)) {
      throw KnowledgeException.badInput("fichier de questions introuvable : « " + questionsFile + " ».");
    }
    try {
      List<String> questions = Files.readAllLines(questionsFile, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(line -> !line.isEmpty()).toList();
      if (questions.isEmpty()) {
        throw KnowledgeException.badInput("le fichier de questions « " + questionsFile + " » est vide.");
      }
      return questions;
    } catch (IOException e) {
      throw KnowledgeException.badInput("fichier de questions illisible : « " + questionsFile
          + " » (attendu : du texte UTF-8, une question par ligne).");
    }
  }

  private static void print(Answer answer, PrintWriter out, boolean withQuestion) {
    if (withQuestion) {
      out.println("Question : " + answer.question());
    }
    out.println(answer.answer());
    if (!answer.sources().isEmpty()) {
      out.println();
      out.println(answer.answered() ? "Sources :" : "Passages les plus proches :");
      for (Source source : answer.sources().subList(0, Math.min(3, answer.sources().size()))) {
        out.println("  [" + source.rank() + "] " + source.document() + " — " + source.section());
      }
    }
    if (withQuestion) {
      out.println();
    }
  }
}
