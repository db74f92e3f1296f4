package entbot.procedures.model;

import entbot.procedures.ProcedureException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The user profiles of the ENT, with the label its screens show. */
public enum Profile {
  ELEVE("Élève", true),
  PARENT("Parent", true),
  ENSEIGNANT("Enseignant", true),
  NON_ENSEIGNANT("Non enseignant", false),
  AUTRE("Autre", false),
  PERSONNEL_COLLECTIVITE("Personnel de collectivité", false);

  private final String label;
  private final boolean fedByDirectories;

  Profile(String label, boolean fedByDirectories) {
    this.label = label;
    this.fedByDirectories = fedByDirectories;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the academic directories (AAF, EduConnect) create these accounts: pupils and parents
   * come from SIECLE, teachers from STS web. A manual account would be a duplicate once the feed
   * arrives, and the ENT cannot merge two accounts.
   */
  public boolean fedByDirectories() {
    return fedByDirectories;
  }

  /** Parses a label leniently (accents, case, "Non-enseignant"). */
  public static Profile parse(String text) {
    String wanted = Names.normalize(text == null ? "" : text);
    for (Profile profile : values()) {
      if (Names.normalize(profile.label).equals(wanted) || Names.normalize(profile.name()).equals(wanted)) {
        return profile;
      }
    }
    throw ProcedureException.badInput("Profil inconnu : « " + text + " » (attendu : "
        + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", ")) + ").");
  }
}
