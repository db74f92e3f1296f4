package entbot.procedures.store;

import entbot.procedures.model.FunctionAssignment;
import java.util.List;

/** Read-only views returned by {@link Directory}, shaped as the CLI contract's JSON. */
public final class Views {
  private Views() {}

  /** A user as {@code ent users} lists it. */
  public record UserView(String login, String firstName, String lastName, String profile, String source,
      String state, String school, List<String> groups, List<FunctionAssignment> functions) {
    public UserView {
      groups = List.copyOf(groups);
      functions = List.copyOf(functions);
    }
  }

  /** A group as {@code ent groups} lists it, members by login. */
  public record GroupView(String name, String type, String school, String description, List<String> managers,
      List<String> members) {
    public GroupView {
      managers = List.copyOf(managers);
      members = List.copyOf(members);
    }
  }

  /** One access entry of a service or rubrique; {@code target} is a group name, a login or the school. */
  public record RightView(String target, String targetType, String kind, String profile, String function,
      String discipline, String role) {}

  /** An account found when looking for a person across the whole ENT. */
  public record Candidate(String login, String firstName, String lastName, String profile, String uai,
      String state, int distance) {}
}
