package entbot.bot.tickets;

import java.util.List;

/** The desks of the CLI contract, the only values a ticket's {@code route} may take. */
public final class Routes {
  public static final String EDITEUR_PRONOTE = "editeur-pronote";
  public static final String DSI_ACADEMIQUE = "dsi-academique";
  public static final String EDITEUR_ENT = "editeur-ent";
  public static final String ASSISTANCE_GAR = "assistance-gar";
  public static final String ETABLISSEMENT = "etablissement";

  public static final List<String> ALL =
      List.of(EDITEUR_PRONOTE, DSI_ACADEMIQUE, EDITEUR_ENT, ASSISTANCE_GAR, ETABLISSEMENT);

  private Routes() {}
}
