package entbot.procedures.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One typed parameter of a procedure, as {@code procedure list} shows it. */
public record ParameterSpec(String name, @JsonIgnore ParameterType kind, boolean required, String description,
    List<String> values, @JsonProperty("default") String defaultValue) {
  public ParameterSpec {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("bad parameter name " + name);
    }
    values = values == null ? List.of() : List.copyOf(values);
    description = description == null ? "" : description;
  }

  @JsonProperty("type")
  public String type() {
    return kind.yamlName();
  }
}
