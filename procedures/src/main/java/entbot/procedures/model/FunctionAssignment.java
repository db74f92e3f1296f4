package entbot.procedures.model;

import entbot.procedures.ProcedureException;

/** A "fonction / discipline de poste" pair, e.g. ASS EDUCATION-AUXILIAIRE DE VIE SCOLAIRE / S0074. */
public record FunctionAssignment(String function, String discipline) {
  public FunctionAssignment {
    if (function == null || function.isBlank()) {
      throw ProcedureException.badInput("Fonction vide.");
    }
    discipline = discipline == null ? "" : discipline.strip();
    function = function.strip();
  }
}
