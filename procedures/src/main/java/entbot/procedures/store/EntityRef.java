package entbot.procedures.store;

import java.util.List;

/** One entity: its kind and the values of its key columns, in {@link EntityKind#keyColumns()} order. */
public record EntityRef(EntityKind kind, List<String> key) {
  public EntityRef {
    if (kind == null) {
      throw new IllegalArgumentException("kind is null");
    }
    if (key == null || key.size() != kind.keyColumns().size() || key.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("key " + key + " does not fit " + kind.keyColumns());
    }
    key = List.copyOf(key);
  }

  public static EntityRef of(EntityKind kind, String... key) {
    return new EntityRef(kind, List.of(key));
  }

  /** The key without the school's UAI, for people: "GD_AESH (AVS) / frederic.dupont". */
  public String display() {
    List<String> shown = kind.keyColumns().get(0).equals("uai") ? key.subList(1, key.size()) : key;
    return String.join(" / ", shown.stream().filter(part -> !part.isEmpty()).toList());
  }
}
