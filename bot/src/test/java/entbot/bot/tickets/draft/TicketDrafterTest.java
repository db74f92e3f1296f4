package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import entbot.bot.tickets.Person;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TicketDrafterTest {
  private final TicketDrafter drafter = new TicketDrafter(RoutingRules.bundled(), NameLexicon.bundled());

  // Our own wording of the training guide's worked example: three incidents in one ticket.
  static final String TRAINING_EXAMPLE = "Objet : analyse de soucis sur des comptes ENT ----- "
      + "Perrot Margaux n'arrive plus à ouvrir pronot depuis l'ENT (élève) ----- le parent Rola "
      + "Mohamed a disparu de l'annuaire, on suspecte un compte écrasé ----- des mails de rejet "
      + "arrivent sans arrêt pour le compte enseignant DIMITAUX Christophe";

  @Test
  void splitsTheTrainingExampleIntoThreeTicketsOnThreeDesksEachNamingItsPerson() {
    List<Draft> drafts = drafter.draft(TRAINING_EXAMPLE);

    assertEquals(3, drafts.size(), () -> drafts.toString());
    assertEquals(List.of("editeur-pronote", "dsi-academique", "editeur-ent"),
        drafts.stream().map(Draft::route).toList());
    assertEquals(Set.of("margaux|perrot"), keys(drafts.get(0)));
    assertEquals(Set.of("mohamed|rola"), keys(drafts.get(1)));
    assertEquals(Set.of("christophe|dimitaux"), keys(drafts.get(2)));
    assertEquals(List.of("Élève", "Parent", "Enseignant"),
        drafts.stream().map(d -> d.people().get(0).profile()).toList());
    assertTrue(drafts.get(2).questions().stream().anyMatch(q -> q.contains("CSV")),
        () -> drafts.get(2).questions().toString());
    assertTrue(drafts.get(0).title().contains("Margaux Perrot"), drafts.get(0).title());
  }

  @Test
  void keepsOneIncidentToldInSeveralSentencesAsOneTicket() {
    List<Draft> drafts = drafter.draft("Bonjour,\nl'élève Léa Martin (4B) ne peut plus se connecter à "
        + "Pronote depuis lundi. Elle passe par l'ENT et le message dit identifiant inconnu. "
        + "Ci-joint la capture.\nMerci d'avance");

    assertEquals(1, drafts.size(), () -> drafts.toString());
    Draft draft = drafts.get(0);
    assertEquals("editeur-pronote", draft.route());
    assertEquals(List.of("4B"), draft.classes());
    assertEquals("lundi", draft.since());
    assertEquals(List.of(), draft.missing());
  }

  @Test
  void splitsTwoIncidentsRunTogetherInOneSentence() {
    List<Draft> drafts = drafter.draft("les élèves de 3e B n'ont plus le manuel de maths dans le "
        + "médiacentre et Mme Durand Sophie (professeur) n'a toujours pas de compte EduConnect pour sa fille");

    assertEquals(List.of("assistance-gar", "dsi-academique"), drafts.stream().map(Draft::route).toList());
    assertEquals(List.of("3B"), drafts.get(0).classes());
  }

  @Test
  void ignoresTheHeaderAndSignatureOfAForwardedMail() {
    List<Draft> drafts = drafter.draft("De : Paul Henry\nEnvoyé : mardi 12 novembre\nÀ : Support ENT\n\n"
        + "Bonjour,\nl'AESH Sonia Kaci n'a pas de compte ENT depuis la rentrée.\nCordialement,\nPaul Henry\nCollège Jean Moulin");

    assertEquals(1, drafts.size(), () -> drafts.toString());
    assertEquals(Set.of("kaci|sonia"), keys(drafts.get(0)));
    assertEquals("dsi-academique", drafts.get(0).route());
  }

  @Test
  void draftsOneTicketListingWhatIsMissingWhenNoIncidentIsRecognisable() {
    List<Draft> drafts = drafter.draft("Bonjour, pouvez-vous me rappeler ?");

    assertEquals(1, drafts.size());
    assertEquals(List.of("people", "attachments"), drafts.get(0).missing());
    assertTrue(drafts.get(0).questions().size() >= 3, () -> drafts.get(0).questions().toString());
  }

  @Test
  void refusesAnEmptyReport() {
    BotException e = assertThrows(BotException.class, () -> drafter.draft("  \n\t "));
    assertTrue(e.isBadInput());
  }

  private static Set<String> keys(Draft draft) {
    return draft.people().stream().map(Person::key).collect(Collectors.toSet());
  }
}
