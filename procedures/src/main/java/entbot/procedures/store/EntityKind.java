package entbot.procedures.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities a procedure may change, each one row of a table identified by its key columns.
 * Runs record every change as the row's before and after state, which is what diff and undo use.
 */
public enum EntityKind {
  USER("compte", "app_user", List.of("login"),
      List.of("civility", "first_name", "last_name", "norm_first", "norm_last", "profile", "source", "state", "uai")),
  USER_FUNCTION("fonction", "user_function", List.of("login", "uai", "function", "discipline"), List.of()),
  GROUP("groupe", "grp", List.of("uai", "name"), List.of("type", "description", "lifetime", "visibility")),
  MEMBER("membre", "group_member", List.of("uai", "group_name", "login"), List.of()),
  MANAGER("gestionnaire de groupe", "group_manager", List.of("uai", "group_name", "login"), List.of()),
  SERVICE("service", "service", List.of("uai", "name"), List.of("code", "sso_type", "url", "grouping")),
  SERVICE_ACCESS("accès service", "service_access",
      List.of("uai", "service", "kind", "target_type", "target", "profile", "function", "discipline", "role"), List.of()),
  RUBRIQUE("rubrique", "rubrique", List.of("uai", "path"), List.of("name", "parent")),
  RUBRIQUE_ACCESS("accès rubrique", "rubrique_access",
      List.of("uai", "path", "kind", "target_type", "target", "profile", "function", "discipline", "role"), List.of()),
  AESH_LINK("suivi AESH", "aesh_link", List.of("uai", "pupil", "aesh"), List.of());

  private final String label;
  private final String table;
  private final List<String> keyColumns;
  private final List<String> valueColumns;

  EntityKind(String label, String table, List<String> keyColumns, List<String> valueColumns) {
    this.label = label;
    this.table = table;
    this.keyColumns = keyColumns;
    this.valueColumns = valueColumns;
  }

  /** French name shown in diffs ("groupe", "accès rubrique"...). */
  public String label() {
    return label;
  }

  public String table() {
    return table;
  }

  public List<String> keyColumns() {
    return keyColumns;
  }

  public List<String> valueColumns() {
    return valueColumns;
  }

  public List<String> allColumns() {
    List<String> all = new ArrayList<>(keyColumns);
    all.addAll(valueColumns);
    return all;
  }
}
