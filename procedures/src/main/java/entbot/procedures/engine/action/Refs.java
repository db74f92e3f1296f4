package entbot.procedures.engine.action;

import entbot.procedures.model.AccessEntry;
import entbot.procedures.store.EntityKind;
import entbot.procedures.store.EntityRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entity references and states for the actions, so that every action builds them the same way. */
final class Refs {
  private Refs() {}

  static EntityRef user(String login) {
    return EntityRef.of(EntityKind.USER, login);
  }

  static EntityRef group(String uai, String name) {
    return EntityRef.of(EntityKind.GROUP, uai, name);
  }

  static EntityRef member(String uai, String group, String login) {
    return EntityRef.of(EntityKind.MEMBER, uai, group, login);
  }

  static EntityRef manager(String uai, String group, String login) {
    return EntityRef.of(EntityKind.MANAGER, uai, group, login);
  }

  static EntityRef service(String uai, String name) {
    return EntityRef.of(EntityKind.SERVICE, uai, name);
  }

  static EntityRef rubrique(String uai, String path) {
    return EntityRef.of(EntityKind.RUBRIQUE, uai, path);
  }

  static EntityRef serviceAccess(String uai, String service, AccessEntry e) {
    return new EntityRef(EntityKind.SERVICE_ACCESS, List.of(uai, service, e.kind(), e.targetType(), e.target(),
        e.profile(), e.function(), e.discipline(), e.role()));
  }

  static EntityRef rubriqueAccess(String uai, String path, AccessEntry e) {
    return new EntityRef(EntityKind.RUBRIQUE_ACCESS, List.of(uai, path, e.kind(), e.targetType(), e.target(),
        e.profile(), e.function(), e.discipline(), e.role()));
  }

  static EntityRef function(String login, String uai, String function, String discipline) {
    return EntityRef.of(EntityKind.USER_FUNCTION, login, uai, function, discipline);
  }

  /** The state of a row that only has key columns (memberships, access entries). */
  static Map<String, String> keyState(EntityRef ref) {
    Map<String, String> state = new LinkedHashMap<>();
    List<String> columns = ref.kind().keyColumns();
    for (int i = 0; i < columns.size(); i++) {
      state.put(columns.get(i), ref.key().get(i));
    }
    return state;
  }

  /** The key state plus value columns, given as alternating column, value. */
  static Map<String, String> state(EntityRef ref, String... columnValues) {
    Map<String, String> state = keyState(ref);
    for (int i = 0; i < columnValues.length; i += 2) {
      state.put(columnValues[i], columnValues[i + 1]);
    }
    return state;
  }
}
