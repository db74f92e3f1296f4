package entbot.bot.chat;

import static entbot.bot.chat.ChatFixture.ADMIN;
import static entbot.bot.chat.ChatFixture.TEACHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.audit.AuditEntry;
import entbot.bot.audit.AuditLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatBotTest {
  @TempDir Path data;
  private ChatFixture chat;

  @BeforeEach
  void openTheChat() {
    chat = new ChatFixture(data);
  }

  @Test
  void askAnswersFromTheGuidesAndCitesThePassages() {
    Reply reply = chat.say(TEACHER, "/ask Comment importer les identifiants Pronote ?");
    assertFalse(reply.error());
    assertTrue(reply.text().startsWith("Importez les identifiants"), reply.text());
    assertTrue(reply.text().contains("[1] skolengo-formation-administrateur.txt — 2.4."),
        reply.text());
    assertEquals(List.of("Comment importer les identifiants Pronote ?"), chat.knowledge.questions);
  }

  @Test
  void askSaysPlainlyWhenTheGuidesDoNotCoverTheQuestion() {
    Reply reply = chat.say(TEACHER, "/ask Quelle est la couleur du logo ?");
    assertTrue(reply.text().startsWith("Les guides ne couvrent pas cette question."), reply.text());
    assertTrue(reply.text().contains("Passages les plus proches"), reply.text());
  }

  @Test
  void askWithoutAQuestionGetsAShortFrenchHint() {
    Reply reply = chat.say(TEACHER, "/ask");
    assertTrue(reply.error());
    assertTrue(reply.text().startsWith("Posez votre question après /ask"), reply.text());
    assertTrue(chat.knowledge.questions.isEmpty());
  }

  @Test
  void aTicketAsksTheFollowUpQuestionThenShowsTheDraftAndAnAdminSendsIt() {
    Reply questions = chat.say(ADMIN, "/ticket Margaux Perrot 5A n'a pas accès à Pronote");
    assertTrue(questions.text().contains("Pouvez-vous joindre une capture d'écran ?"),
        questions.text());
    assertTrue(questions.offers(Action.TICKET_ANSWER));

    Reply draft = chat.text(ADMIN, "Capture envoyée par mail, depuis lundi");
    assertEquals(List.of("t1: Capture envoyée par mail, depuis lundi"), chat.tickets.amended);
    assertTrue(draft.text().contains("Brouillon (support : editeur-pronote)"), draft.text());
    assertEquals(List.of("Envoyer", "Modifier", "Annuler"),
        draft.actions().stream().map(Action::label).toList());

    Reply sent = chat.click(ADMIN, Action.TICKET_SEND);
    assertEquals("Ticket envoyé au support (editeur-pronote), numéro GLPI-101.", sent.text());
    assertEquals(List.of("t1"), chat.tickets.submitted);

    AuditEntry entry = chat.audit.latest(1).get(0);
    assertEquals(AuditLog.TICKET_SUBMIT, entry.action());
    assertEquals("Mme Admin", entry.actor());
    assertEquals("t1", entry.target());
    assertFalse(entry.detail().contains("Perrot"), "no pupil name in the audit log");
    assertTrue(chat.bot.currentTicket("conv-u1").isEmpty());
  }

  @Test
  void aUserWithoutTheRoleMayDraftButNotSendATicket() {
    chat.say(TEACHER, "/ticket L'ENT refuse la connexion, capture jointe");
    Reply refused = chat.click(TEACHER, Action.TICKET_SEND);
    assertTrue(refused.error());
    assertTrue(refused.text().contains("rôle requis"), refused.text());
    assertTrue(chat.tickets.submitted.isEmpty());
    assertTrue(chat.audit.latest(10).isEmpty());
    assertTrue(chat.bot.currentTicket("conv-u2").isPresent(), "the draft stays for an admin");
  }

  @Test
  void aReportWithTwoIncidentsWalksThroughBothTicketsAndCancelsOne() {
    Reply first = chat.say(ADMIN, "/ticket Pronote en panne, capture jointe; messagerie vide, capture");
    assertTrue(first.text().startsWith("J'ai rédigé 2 tickets"), first.text());
    assertTrue(first.text().contains("Ticket 1/2"), first.text());
    Reply second = chat.click(ADMIN, Action.TICKET_CANCEL);
    assertTrue(second.text().startsWith("Ticket abandonné."), second.text());
    assertTrue(second.text().contains("Ticket 2/2"), second.text());
    assertEquals(List.of("t1"), chat.tickets.cancelled);
    chat.click(ADMIN, Action.TICKET_SEND);
    assertEquals(List.of("t2"), chat.tickets.submitted);
  }

  @Test
  void editingATicketReplacesTitleAndDescriptionAndAnAttachmentIsAdded() {
    chat.say(ADMIN, "/ticket Pronote en panne, capture jointe");
    Reply prompt = chat.click(ADMIN, Action.TICKET_EDIT);
    assertTrue(prompt.text().contains("titre sur la première ligne"), prompt.text());
    Reply edited = chat.text(ADMIN, "Pronote inaccessible\nDepuis lundi, pour toute la 5A.");
    assertTrue(edited.text().contains("Titre : Pronote inaccessible"), edited.text());
    assertTrue(edited.text().contains("Depuis lundi, pour toute la 5A."), edited.text());

    Reply attached = chat.bot.attachToTicket(ADMIN, "conv-u1", "capture.png", new byte[] {1, 2, 3});
    assertTrue(attached.text().contains("Pièces jointes : capture.png"), attached.text());
    assertEquals(List.of("t1: capture.png (3 octets)"), chat.tickets.attachments);
  }

  @Test
  void aHelpdeskFailureLeavesTheTicketPendingAndSaysSo() {
    chat.tickets.helpdeskDown = true;
    chat.say(ADMIN, "/ticket Pronote en panne, capture jointe");
    Reply reply = chat.click(ADMIN, Action.TICKET_SEND);
    assertTrue(reply.text().contains("reste en attente"), reply.text());
    assertTrue(reply.text().contains("503"), reply.text());
    assertTrue(chat.audit.latest(1).get(0).detail().contains("statut=pending"));
  }

  @Test
  void aPlanIsShownWithItsClickPathsAndAppliedAfterConfirmationOnTheSameModel() {
    Reply plan = chat.say(ADMIN, "/procedure plan aesh-entmip classe=310 prenom=Camille nom=\"Martin Roux\"");
    assertFalse(plan.error(), plan.text());
    assertTrue(plan.text().contains("[à faire] Créer le compte de Camille"), plan.text());
    assertTrue(plan.text().contains("Dans l'ENT : Administration > Annuaire > Créer un utilisateur"),
        plan.text());
    assertTrue(plan.text().contains("[déjà fait]"), plan.text());
    assertTrue(plan.offers(Action.PROCEDURE_APPLY));

    Reply result = chat.click(ADMIN, Action.PROCEDURE_APPLY);
    assertTrue(result.text().startsWith("Procédure appliquée (exécution run-1)."), result.text());
    assertTrue(result.text().contains("Administration > Annuaire > Créer un utilisateur"));
    assertEquals(List.of("aesh-entmip {classe=310, prenom=Camille, nom=Martin Roux} by Mme Admin "
        + "on model-v1"), chat.procedures.applied);
    AuditEntry entry = chat.audit.latest(1).get(0);
    assertEquals(AuditLog.PROCEDURE_APPLY, entry.action());
    assertFalse(entry.detail().contains("Camille"));
  }

  @Test
  void aPlanMadeStaleByAnotherChangeIsRefusedAndMustBePlannedAgain() {
    chat.say(ADMIN, "/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin");
    chat.procedures.fingerprint = "model-v2";
    Reply refused = chat.click(ADMIN, Action.PROCEDURE_APPLY);
    assertTrue(refused.error());
    assertTrue(refused.text().contains("refaites le plan"), refused.text());
    assertTrue(chat.procedures.applied.isEmpty());
    Reply again = chat.click(ADMIN, Action.PROCEDURE_APPLY);
    assertTrue(again.text().startsWith("Aucun plan en attente"), again.text());
  }

  @Test
  void aRunRefusedByARuleSaysWhyAndIsAuditedAsFailed() {
    chat.say(ADMIN, "/procedure plan aesh-entmip classe=999 prenom=Camille nom=Martin");
    Reply failed = chat.click(ADMIN, Action.PROCEDURE_APPLY);
    assertTrue(failed.text().contains("rien n'a changé. La classe 999 n'existe pas"), failed.text());
    assertTrue(chat.audit.latest(1).get(0).detail().contains("statut=failed"));
  }

  @Test
  void aUserWithoutTheRoleCannotApplyAPlan() {
    chat.say(TEACHER, "/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin");
    Reply refused = chat.say(TEACHER, "/procedure apply");
    assertTrue(refused.error());
    assertTrue(refused.text().contains("rôle requis"), refused.text());
    assertTrue(chat.procedures.applied.isEmpty());
  }

  @Test
  void historyListsRunsAndUndoAsksForConfirmationFirst() {
    chat.say(ADMIN, "/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin");
    chat.click(ADMIN, Action.PROCEDURE_APPLY);
    assertTrue(chat.say(ADMIN, "/procedure history").text().contains("run-1 aesh-entmip : applied"));
    Reply confirm = chat.say(ADMIN, "/procedure undo run-1");
    assertTrue(confirm.offers(Action.UNDO_CONFIRM));
    assertTrue(chat.procedures.undone.isEmpty());
    Reply undone = chat.click(ADMIN, Action.UNDO_CONFIRM);
    assertEquals("Exécution run-1 annulée (statut undone).", undone.text());
    assertEquals(AuditLog.PROCEDURE_UNDO, chat.audit.latest(1).get(0).action());
  }

  @Test
  void badProcedureInputGetsAFrenchMessageAndChangesNothing() {
    assertTrue(chat.say(ADMIN, "/procedure").text().startsWith("Usage : /procedure"));
    Reply badParam = chat.say(ADMIN, "/procedure plan aesh-entmip 310");
    assertTrue(badParam.error());
    assertTrue(badParam.text().contains("attendu cle=valeur"), badParam.text());
    Reply unknown = chat.say(ADMIN, "/procedure plan inconnue classe=1");
    assertEquals("Procédure inconnue : inconnue.", unknown.text());
    assertTrue(chat.say(ADMIN, "/procedure list").text().contains("aesh-entmip — Comptes AESH"));
  }

  @Test
  void remindListsAddsAndRemovesAndRefusesABadCron() {
    assertTrue(chat.say(TEACHER, "/remind list").text().contains("(edt-import-manuel)"));
    Reply added = chat.say(ADMIN, "/remind add conseil-classe \"0 8 1 12 *\" Préparer les conseils");
    assertEquals("Rappel « conseil-classe » ajouté ; prochaine publication : 01/12/2026 à 08h00.",
        added.text());
    Reply bad = chat.say(ADMIN, "/remind add autre \"tous les lundis\" Texte");
    assertTrue(bad.error());
    assertTrue(bad.text().startsWith("Planification invalide"), bad.text());
    assertTrue(chat.say(TEACHER, "/remind remove conseil-classe").error());
    assertEquals("Rappel « conseil-classe » supprimé.",
        chat.say(ADMIN, "/remind remove conseil-classe").text());
  }

  @Test
  void anUnknownCommandGetsShortHelpAndAFailureInsideACommandLeavesTheBotRunning() {
    Reply unknown = chat.say(TEACHER, "/frobnicate");
    assertTrue(unknown.error());
    assertTrue(unknown.text().contains("Commandes : /ask, /ticket"), unknown.text());

    chat.knowledge.failure = new IllegalStateException("index corrompu");
    Reply failed = chat.say(TEACHER, "/ask Pronote ?");
    assertTrue(failed.error());
    assertEquals(Failures.UNEXPECTED, failed.text());
    chat.knowledge.failure = null;
    assertFalse(chat.say(TEACHER, "/ask Pronote ?").error());
    assertTrue(chat.say(TEACHER, "/help").text().contains("/procedure list"));
  }

  @Test
  void freeTextWithoutAPendingQuestionAndAClickWithoutAFlowAreExplained() {
    assertTrue(chat.text(TEACHER, "bonjour").text().startsWith("Je n'attends pas de réponse"));
    assertTrue(chat.click(TEACHER, Action.TICKET_SEND).text().startsWith("Aucun ticket en cours"));
  }

  @Test
  void eachUserIsRateLimitedOnTheirOwn(@TempDir Path other) {
    ChatFixture limited = new ChatFixture(other, 2);
    assertFalse(limited.say(TEACHER, "/help").error());
    assertFalse(limited.say(TEACHER, "/help").error());
    Reply third = limited.say(TEACHER, "/help");
    assertTrue(third.error());
    assertTrue(third.text().startsWith("Trop de demandes"), third.text());
    assertFalse(limited.say(ADMIN, "/help").error(), "another user is not limited");
    limited.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertFalse(limited.say(TEACHER, "/help").error());
  }

  @Test
  void aFlowLeftAloneTooLongIsForgotten() {
    chat.say(ADMIN, "/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin");
    chat.clock.advance(Duration.ofMinutes(31));
    assertTrue(chat.click(ADMIN, Action.PROCEDURE_APPLY).text().startsWith("Aucun plan en attente"));
    assertTrue(chat.procedures.applied.isEmpty());
  }
}
