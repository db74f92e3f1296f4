package entbot.procedures.catalog;

import java.util.List;
import java.util.Optional;

/** A procedure loaded from its YAML file: what it is for, its parameters and its steps. */
public record ProcedureDefinition(String id, String title, String guide, String summary,
    List<ParameterSpec> parameters, List<StepSpec> steps) {
  public ProcedureDefinition {
    parameters = List.copyOf(parameters);
    steps = List.copyOf(steps);
  }

  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
