package entbot.bot.tickets;

import java.util.stream.Collectors;

/** A ticket as plain French text, ready to paste into any helpdesk form or e-mail. */
final class PlainText {
  private PlainText() {}

  static String of(Ticket t) {
    StringBuilder out = new StringBuilder();
    out.append("Ticket ").append(t.id()).append(" (").append(t.status().code())
        .append(t.remoteId() == null ? "" : ", n° helpdesk " + t.remoteId()).append(")\n");
    out.append("Destinataire : ").append(t.route()).append(" — ").append(t.routeReason()).append('\n');
    out.append("Titre : ").append(t.title()).append('\n');
    out.append("Description :\n").append(t.description()).append('\n');
    if (!t.attachments().isEmpty()) {
      out.append("Pièces jointes : ").append(String.join(", ", t.attachments())).append('\n');
    }
    if (t.duplicateOf() != null) {
      out.append("Attention : doublon probable du ticket ").append(t.duplicateOf()).append(".\n");
    }
    if (!t.missing().isEmpty()) {
      out.append("Il manque : ").append(t.missing().stream().map(PlainText::missingLabel)
          .collect(Collectors.joining(", "))).append('\n');
    }
    if (!t.questions().isEmpty()) {
      out.append("Questions à poser :\n");
      t.questions().forEach(q -> out.append("- ").append(q).append('\n'));
    }
    return out.toString();
  }

  private static String missingLabel(String missing) {
    return switch (missing) {
      case "people" -> "les personnes concernées (nom, prénom, profil)";
      case "attachments" -> "les pièces jointes (copie d'écran, fichier)";
      default -> missing;
    };
  }
}
