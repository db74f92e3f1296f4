package entbot.procedures.model;

import entbot.procedures.ProcedureException;

/** Where an account comes from: the academic directory (AAF), EduConnect, or created by hand. */
public enum Source {
  AAF("AAF"),
  EDUCONNECT("EduConnect"),
  MANUEL("Manuel");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Source parse(String text) {
    String wanted = Names.normalize(text == null ? "" : text);
    for (Source source : values()) {
      if (Names.normalize(source.label).equals(wanted)) {
        return source;
      }
    }
    throw ProcedureException.badInput(
        "Source de compte inconnue : « " + text + " » (attendu : AAF, EduConnect ou Manuel).");
  }
}
