package entbot.procedures;

import entbot.procedures.catalog.ParameterSpec;
import java.util.List;

/** A procedure as {@code procedure list} and the chat show it: what it is, its guide, its parameters. */
public record ProcedureInfo(String id, String title, String guide, String summary, List<ParameterSpec> parameters) {
  public ProcedureInfo {
    parameters = List.copyOf(parameters);
  }
}
