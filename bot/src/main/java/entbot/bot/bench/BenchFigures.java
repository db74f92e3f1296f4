package entbot.bot.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The figures of one benchmark run, in the order they were measured; values are numbers. */
public final class BenchFigures {
  private final Map<String, Number> figures = new LinkedHashMap<>();

  public BenchFigures put(String keyWithUnit, Number value) {
    Objects.requireNonNull(keyWithUnit, "keyWithUnit");
    Objects.requireNonNull(value, () -> "value of " + keyWithUnit);
    figures.put(keyWithUnit, value);
    return this;
  }

  public Map<String, Number> asMap() {
    return new LinkedHashMap<>(figures);
  }
}
