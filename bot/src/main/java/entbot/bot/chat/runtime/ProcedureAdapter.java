package entbot.bot.chat.runtime;

import entbot.bot.chat.ProcedurePort;
import entbot.procedures.ProcedureService;
import entbot.procedures.catalog.ParameterSpec;
import entbot.procedures.engine.Plan;
import entbot.procedures.engine.RunRecord;
import entbot.procedures.engine.RunResult;
import entbot.procedures.engine.StepResult;
import java.util.List;
import java.util.Map;

/**
 * The procedure engine behind the chat's {@code /procedure}. Calls are serialised: the Discord
 * worker may run two at once, and a plan's fingerprint is only meaningful one change at a time.
 */
final class ProcedureAdapter implements ProcedurePort {
  private final ProcedureService service;

  ProcedureAdapter(ProcedureService service) {
    this.service = service;
  }

  @Override
  public synchronized List<ProcedureSummary> list() {
    return service.list().stream().map(p -> new ProcedureSummary(p.id(), p.title(),
        p.parameters().stream().map(ParameterSpec::name).toList())).toList();
  }

  @Override
  public synchronized PlanView plan(String procedureId, Map<String, String> params) {
    Plan plan = service.plan(procedureId, params);
    return new PlanView(plan.procedure(), plan.fingerprint(), steps(plan.steps()));
  }

  @Override
  public synchronized RunView apply(String procedureId, Map<String, String> params, String actor,
      String expectedFingerprint) {
    return run(service.apply(procedureId, params, actor, expectedFingerprint), actor);
  }

  @Override
  public synchronized List<RunView> history() {
    return service.history().stream().map(ProcedureAdapter::record).toList();
  }

  @Override
  public synchronized RunView undo(String runId, String actor) {
    return run(service.undo(runId, actor), actor);
  }

  @Override
  public synchronized List<String> classNames() {
    return service.classNames();
  }

  private static RunView run(RunResult result, String actor) {
    return new RunView(result.run(), result.procedure(), result.status(), actor, null,
        result.reason(), steps(result.steps()));
  }

  private static RunView record(RunRecord record) {
    return new RunView(record.id(), record.procedure(), record.status(), record.actor(),
        record.at(), null, List.of());
  }

  /** Warnings and delays from the guides go with the detail: the admin must see them. */
  private static List<StepView> steps(List<StepResult> steps) {
    return steps.stream().map(s -> new StepView(s.id(), s.action(), s.status().json(),
        join(s.detail(), s.warning() == null ? null : "Attention : " + s.warning(),
            s.delay() == null ? null : "Délai : " + s.delay()), s.uiPath())).toList();
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        text.append(text.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    return text.toString();
  }
}
