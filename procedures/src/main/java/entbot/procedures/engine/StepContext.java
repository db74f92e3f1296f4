package entbot.procedures.engine;

import entbot.procedures.model.School;
import entbot.procedures.store.Directory;
import entbot.procedures.store.EntityRef;
import entbot.procedures.store.EntityStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a step sees and may do, inside the run's transaction: read entities and query the
 * directory (both feed the plan's fingerprint), and change entities (each change is recorded with
 * its before and after state). Steps must check their rules before writing anything.
 */
public final class StepContext {
  private final Connection connection;
  private final Directory directory;
  private final School school;
  private final Fingerprint fingerprint;
  private final Set<EntityRef> written = new HashSet<>();
  private final Set<EntityRef> fingerprinted = new HashSet<>();
  private List<Change> stepChanges = new ArrayList<>();

  StepContext(Connection connection, School school, Fingerprint fingerprint) {
    this.connection = connection;
    this.directory = new Directory(connection);
    this.school = school;
    this.fingerprint = fingerprint;
  }

  /** The school the run is about. */
  public School school() {
    return school;
  }

  public String uai() {
    return school.uai().value();
  }

  /** The directory's queries; what a step learns from them must go through {@link #observe}. */
  public Directory directory() {
    return directory;
  }

  /** The entity's current state (all columns), or null when it does not exist. */
  public Map<String, String> read(EntityRef ref) throws SQLException {
    Map<String, String> state = EntityStore.read(connection, ref);
    if (!written.contains(ref) && fingerprinted.add(ref)) {
      fingerprint.add(ref.kind().name() + ref.key(), state);
    }
    return state;
  }

  public boolean exists(EntityRef ref) throws SQLException {
    return read(ref) != null;
  }

  /** Adds a query result the step's decision depends on to the fingerprint. */
  public <T> T observe(String what, T result) {
    fingerprint.add(what, result);
    return result;
  }

  /** Sets the entity to {@code after} (null deletes it), recording the change if there is one. */
  public void write(EntityRef ref, Map<String, String> after) throws SQLException {
    Map<String, String> before = read(ref);
    if (Objects.equals(before, after)) {
      return;
    }
    EntityStore.write(connection, ref, after);
    written.add(ref);
    stepChanges.add(new Change(ref, before, after));
  }

  List<Change> takeStepChanges() {
    List<Change> changes = stepChanges;
    stepChanges = new ArrayList<>();
    return changes;
  }
}
