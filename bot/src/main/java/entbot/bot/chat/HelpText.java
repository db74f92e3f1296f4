package entbot.bot.chat;

/** The short French help, shown by {@code /help} and after an unknown command. */
final class HelpText {
  static final String SHORT = "Commandes : /ask, /ticket, /procedure, /remind, /help.";

  static final String FULL = """
      Commandes d'entbot :
      - /ask QUESTION : réponse tirée des guides, avec les passages cités.
      - /ticket DESCRIPTION : rédige un ticket par incident, demande ce qui manque, puis \
      Envoyer / Modifier / Annuler.
      - /procedure list | plan ID cle=valeur... | apply | history | undo RUN : procédures sur le \
      modèle local de l'ENT (plan, confirmation, chemin de clics dans le vrai ENT).
      - /remind list | add ID "CRON" texte | remove ID : rappels du calendrier (heure de Paris).
      - /help : cette aide.
      Appliquer une procédure, envoyer un ticket ou modifier les rappels demande le rôle \
      d'administration configuré ; tout le monde peut poser des questions.""";

  private HelpText() {}
}
