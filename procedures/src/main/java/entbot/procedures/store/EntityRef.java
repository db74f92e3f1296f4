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

  /**
   * The key for people, without the school's UAI: "GD_AESH (AVS) / frederic.dupont", or for an
   * access entry "Cahier de textes : GD_AESH (AVS), Non enseignant → CPE".
   */
  public String display() {
    if (kind == EntityKind.SERVICE_ACCESS || kind == EntityKind.RUBRIQUE_ACCESS) {
      StringBuilder text = new StringBuilder(key.get(1)).append(" : ").append(key.get(4));
      for (String criterion : key.subList(5, 8)) {
        if (!criterion.isEmpty()) {
          text.append(", ").append(criterion);
        }
      }
      text.append(" → ").append(key.get(8));
      return "utilisateur".equals(key.get(2)) ? text.append(" (accès utilisateur)").toString() : text.toString();
    }
    List<String> shown = kind.keyColumns().get(0).equals("uai") ? key.subList(1, key.size()) : key;
    return String.join(" / ", shown.stream().filter(part -> !part.isEmpty()).toList());
  }
}
