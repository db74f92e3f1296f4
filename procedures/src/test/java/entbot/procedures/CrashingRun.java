package entbot.procedures;

import entbot.procedures.catalog.Catalog;
import entbot.procedures.catalog.Vocabulary.Signature;
import entbot.procedures.engine.Action;
import entbot.procedures.engine.Actions;
import entbot.procedures.engine.Args;
import entbot.procedures.engine.StepContext;
import entbot.procedures.engine.StepOutcome;
import entbot.procedures.engine.action.StandardActions;
import entbot.procedures.store.EntDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A separate process for {@link KillDuringApplyTest}: applies a procedure whose last step signals
 * (creates the marker file) after the earlier steps have written, then waits to be killed.
 * Arguments: data folder, procedures folder, marker file.
 */
public final class CrashingRun {
  private CrashingRun() {}

  public static void main(String[] args) throws Exception {
    Path marker = Path.of(args[2]);
    Action pause = new Action() {
      @Override
      public String name() {
        return "pause";
      }

      @Override
      public Signature signature() {
        return new Signature(Set.of(), Set.of(), Set.of());
      }

      @Override
      public StepOutcome run(StepContext context, Args arguments) {
        try {
          Files.writeString(marker, "mid-run");
          Thread.sleep(120_000);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return StepOutcome.ok("pause");
      }
    };
    List<Action> all = new ArrayList<>(StandardActions.all());
    all.add(pause);
    Actions actions = new Actions(all);
    new ProcedureService(EntDatabase.open(Path.of(args[0])), Catalog.fromDirectory(Path.of(args[1]), actions), actions)
        .apply("longue", Map.of(), "crash", null);
  }
}
