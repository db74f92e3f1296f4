package entbot.procedures.model;

/** Names the guides rely on: functional groups, roles and functions every school has. */
public final class WellKnown {
  /** The functional group of the head of school and deputies ("Chef d'établissement"). */
  public static final String HEAD_GROUP = "GA_Chef Etablissement";
  /** The ENT administrators' group; the head of school should not be in it (loses some rights). */
  public static final String SUPER_ADMINS = "Super Administrateurs";
  public static final String HEAD_FUNCTION = "DIRECTION";
  public static final String GAR_ROLE = "Responsable d'affectation GAR";
  public static final int MAX_GAR_MANAGERS = 25;
  public static final String AESH_FUNCTION = "ASS EDUCATION-AUXILIAIRE DE VIE SCOLAIRE";
  public static final String AESH_DISCIPLINE = "S0074 - AIDE ACCUEIL INTEGRATION HANDICAPES";

  private WellKnown() {}
}
