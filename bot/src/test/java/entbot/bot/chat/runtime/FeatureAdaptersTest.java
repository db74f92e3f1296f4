package entbot.bot.chat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import entbot.bot.chat.KnowledgePort.GuideAnswer;
import entbot.bot.chat.ProcedurePort.PlanView;
import entbot.bot.chat.ProcedurePort.RunView;
import entbot.bot.chat.TicketPort.TicketDraft;
import entbot.bot.tickets.TicketConfig;
import entbot.bot.tickets.TicketService;
import entbot.knowledge.KnowledgeBase;
import entbot.procedures.EntService;
import entbot.procedures.ProcedureException;
import entbot.procedures.ProcedureService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapters over the real features, on real files in a temporary data folder. */
class FeatureAdaptersTest {
  @TempDir Path data;

  @Test
  void theKnowledgeAdapterAnswersFromTheBundledGuidesWithSources() {
    try (KnowledgeBase base = KnowledgeBase.open(data)) {
      GuideAnswer answer = new KnowledgeAdapter(base, null)
          .ask("Comment importer les identifiants Pronote dans l'ENT ?");
      assertTrue(answer.answered());
      assertFalse(answer.sources().isEmpty());
      assertEquals(1, answer.sources().get(0).rank());
      assertFalse(answer.sources().get(0).document().isBlank());
    }
  }

  @Test
  void theProcedureAdapterPlansAppliesWithTheFingerprintAndRefusesAStalePlan() {
    try (EntService ent = EntService.open(data)) {
      ent.init(true);
    }
    try (ProcedureService service = ProcedureService.open(data)) {
      ProcedureAdapter procedures = new ProcedureAdapter(service);
      assertTrue(procedures.list().stream().anyMatch(p -> p.id().equals("aesh-entmip")
          && p.parameters().containsAll(List.of("classe", "prenom", "nom"))));
      assertTrue(procedures.classNames().contains("310"), procedures.classNames().toString());

      Map<String, String> params = Map.of("classe", "310", "prenom", "Camille", "nom", "Martin");
      PlanView plan = procedures.plan("aesh-entmip", params);
      assertTrue(plan.changesSomething());
      assertTrue(plan.steps().stream().allMatch(s -> List.of("change", "ok", "blocked")
          .contains(s.status())));
      assertTrue(plan.steps().stream().anyMatch(s -> s.uiPath() != null && !s.uiPath().isBlank()));

      RunView run = procedures.apply("aesh-entmip", params, "Mme Admin", plan.fingerprint());
      assertEquals("applied", run.status());
      assertNotNull(run.runId());
      assertEquals(run.runId(), procedures.history().get(0).runId());

      Map<String, String> other = Map.of("classe", "310", "prenom", "Lou", "nom", "Durand");
      PlanView stalePlan = procedures.plan("aesh-entmip", other);
      // Someone else applies the same change meanwhile: the plan no longer matches the model.
      procedures.apply("aesh-entmip", other, "M. Chef", null);
      assertThrows(ProcedureException.class, () ->
          procedures.apply("aesh-entmip", other, "Mme Admin", stalePlan.fingerprint()));
    }
  }

  @Test
  void theTicketAdapterDraftsAmendsAndRefusesToSendWithoutAHelpdesk() {
    try (TicketService service = TicketService.open(data, TicketConfig.defaults())) {
      TicketAdapter tickets = new TicketAdapter(service);
      List<TicketDraft> drafts =
          tickets.draft("Margaux Perrot en 5A n'arrive pas à se connecter à Pronote depuis lundi.");
      assertEquals(1, drafts.size());
      TicketDraft draft = drafts.get(0);
      assertEquals("editeur-pronote", draft.route());
      assertEquals("draft", draft.status());
      assertNull(draft.remoteId());

      TicketDraft amended = tickets.amend(draft.id(), "Capture d'écran jointe.");
      assertTrue(tickets.plainText(amended).contains("Capture"), tickets.plainText(amended));
      TicketDraft edited = tickets.edit(draft.id(), "Pronote inaccessible", "Depuis lundi.");
      assertEquals("Pronote inaccessible", edited.title());

      BotException refused = assertThrows(BotException.class,
          () -> tickets.submit(List.of(draft.id())));
      assertTrue(refused.getMessage().contains("ENTBOT_GLPI_URL"), refused.getMessage());
    }
  }
}
