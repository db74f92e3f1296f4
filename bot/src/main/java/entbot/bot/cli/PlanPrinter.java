package entbot.bot.cli;

import entbot.procedures.engine.StepResult;
import entbot.procedures.engine.StepStatus;
import java.io.PrintWriter;
import java.util.List;

/** Prints plan and run steps for people: status, what, where to click, warnings. */
final class PlanPrinter {
  private PlanPrinter() {}

  /**
   * The one JSON document of a plan or apply refused before any step ran (unknown parameter, school
   * to choose, stale fingerprint...), so a script always reads a document; the reason also goes to stderr.
   */
  record Refusal(String procedure, String run, String status, String reason, List<StepResult> steps) {
    Refusal {
      steps = List.copyOf(steps);
    }

    static Refusal of(String procedure, String status, String reason) {
      return new Refusal(procedure, null, status, reason, List.of());
    }
  }

  static void steps(PrintWriter out, List<StepResult> steps) {
    int n = 1;
    for (StepResult step : steps) {
      out.println(String.format("%2d. [%s] %s — %s", n++, label(step.status()), step.id(), step.detail()));
      out.println("    Où cliquer : " + step.uiPath());
      if (step.irreversible()) {
        out.println("    Attention : irréversible dans l'ENT réel (un compte créé ne peut pas être fusionné ni supprimé proprement).");
      }
      if (step.warning() != null) {
        out.println("    Avertissement : " + step.warning());
      }
      if (step.delay() != null) {
        out.println("    Délai : " + step.delay());
      }
    }
    long change = steps.stream().filter(s -> s.status() == StepStatus.CHANGE).count();
    long ok = steps.stream().filter(s -> s.status() == StepStatus.OK).count();
    long blocked = steps.stream().filter(s -> s.status() == StepStatus.BLOCKED).count();
    out.println("Résumé : " + change + " à faire, " + ok + " déjà en place, " + blocked + " bloquée(s).");
  }

  private static String label(StepStatus status) {
    return switch (status) {
      case CHANGE -> "à faire";
      case OK -> "ok";
      case BLOCKED -> "bloqué";
    };
  }
}
