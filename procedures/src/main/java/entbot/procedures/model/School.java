package entbot.procedures.model;

import entbot.procedures.ProcedureException;

/** A school of the ENT: its UAI and its name as the ENT shows it (CLG-OLYMPE DE GOUGES-ac-TOULOUSE). */
public record School(Uai uai, String name) {
  public School {
    if (uai == null) {
      throw ProcedureException.badInput("Établissement sans UAI.");
    }
    if (name == null || name.isBlank()) {
      throw ProcedureException.badInput("Établissement " + uai + " sans nom.");
    }
  }

  /** How the ENT's access tables name the school: "CLG-... (0820588U)". */
  public String label() {
    return name + " (" + uai + ")";
  }
}
