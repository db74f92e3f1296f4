package entbot.bot.discord;

import static entbot.bot.discord.DiscordMocks.member;
import static entbot.bot.discord.DiscordMocks.options;
import static entbot.bot.discord.DiscordMocks.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import entbot.bot.chat.ChatFixture;
import entbot.bot.discord.DiscordMocks.Answers;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class DiscordListenerTest {
  private static final String ROLE = "Admins ENT";

  @TempDir Path data;
  private ChatFixture chat;
  private DiscordListener listener;
  private final Member admin = member("Mme Admin", ROLE);
  private final Member teacher = member("M. Prof", "Professeurs");

  @BeforeEach
  void startTheListener() {
    chat = new ChatFixture(data);
    listener = new DiscordListener(chat.bot, new DiscordUsers(ROLE),
        new Autocomplete(chat.procedures, chat.reminders), Runnable::run);
  }

  private Answers slash(String userId, Member member, String name, String sub,
      Map<String, String> opts) {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    Answers answers = wire(event, userId, member);
    options(event, name, sub, opts);
    listener.onSlashCommandInteraction(event);
    return answers;
  }

  private Answers button(String userId, Member member, String buttonId) {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    Answers answers = wire(event, userId, member);
    when(event.getComponentId()).thenReturn(buttonId);
    listener.onButtonInteraction(event);
    return answers;
  }

  private Answers plan(String userId, Member member) {
    return slash(userId, member, "procedure", "plan", Map.of("procedure", "aesh-entmip",
        "classe", "310", "parametres", "prenom=Camille nom=\"Martin Roux\""));
  }

  @SuppressWarnings("unchecked")
  private static List<String> buttonIds(Answers answers) {
    ArgumentCaptor<MessageTopLevelComponent> rows =
        ArgumentCaptor.forClass(MessageTopLevelComponent.class);
    verify(answers.followUp, atLeastOnce()).addComponents(rows.capture());
    return ((ActionRow) rows.getValue()).getButtons().stream().map(Button::getCustomId).toList();
  }

  @Test
  void askIsDeferredThenAnsweredWithItsSources() {
    Answers answers = slash("1", teacher, "ask", null,
        Map.of("question", "Comment importer les identifiants Pronote ?"));
    verify(answers.defer).queue();
    assertEquals(1, answers.followUps.size());
    assertTrue(answers.followUps.get(0).contains("[1] skolengo-formation-administrateur.txt"),
        answers.followUps.get(0));
    verify(answers.followUp).setEphemeral(false);
  }

  @Test
  void helpIsAnsweredAtOnceForEveryone() {
    Answers answers = slash("1", teacher, "help", null, Map.of());
    assertTrue(answers.replies.get(0).startsWith("Commandes d'entbot"), answers.replies.get(0));
    verify(answers.reply).setEphemeral(false);
  }

  @Test
  void aMissingOptionGetsAnEphemeralFrenchMessage() {
    Answers answers = slash("1", teacher, "ask", null, Map.of());
    assertEquals(List.of("Paramètre obligatoire manquant : question."), answers.replies);
    verify(answers.reply).setEphemeral(true);
    assertTrue(chat.knowledge.questions.isEmpty());
  }

  @Test
  void aPlanShowsItsStepsWithApplyAndCancelButtonsAndAnAdminAppliesIt() {
    Answers plan = plan("1", admin);
    assertTrue(plan.followUps.get(0).contains("Dans l'ENT : Administration > Annuaire"),
        plan.followUps.get(0));
    assertEquals(List.of("entbot:procedure:apply", "entbot:procedure:cancel"), buttonIds(plan));

    Answers applied = button("1", admin, "entbot:procedure:apply");
    assertTrue(applied.followUps.get(0).startsWith("Procédure appliquée"), applied.followUps.get(0));
    assertEquals(List.of("aesh-entmip {classe=310, prenom=Camille, nom=Martin Roux} by Mme Admin "
        + "on model-v1"), chat.procedures.applied);
  }

  @Test
  void aMemberWithoutTheRoleIsRefusedApplyingWithAnEphemeralMessage() {
    plan("2", teacher);
    Answers refused = button("2", teacher, "entbot:procedure:apply");
    verify(refused.delete).complete();
    verify(refused.followUp).setEphemeral(true);
    assertTrue(refused.followUps.get(0).contains("rôle requis"), refused.followUps.get(0));
    assertTrue(chat.procedures.applied.isEmpty());
  }

  @Test
  void aStalePlanIsRefusedAndNothingIsApplied() {
    plan("1", admin);
    chat.procedures.fingerprint = "changé par quelqu'un d'autre";
    Answers refused = button("1", admin, "entbot:procedure:apply");
    verify(refused.followUp).setEphemeral(true);
    assertTrue(refused.followUps.get(0).contains("refaites le plan"), refused.followUps.get(0));
    assertTrue(chat.procedures.applied.isEmpty());
  }

  @Test
  void anotherUsersClickCannotApplyMyPlan() {
    plan("1", admin);
    Answers other = button("3", member("Autre admin", ROLE), "entbot:procedure:apply");
    assertTrue(other.followUps.get(0).startsWith("Aucun plan en attente"), other.followUps.get(0));
    assertTrue(chat.procedures.applied.isEmpty());
  }

  @Test
  void autocompleteSuggestsProceduresClassesAndMissingParameters() {
    assertEquals(List.of("aesh-entmip"), values(complete("plan", "procedure", "aes", null)));
    assertEquals(List.of("310", "320"), values(complete("plan", "classe", "3", null)));
    assertEquals(List.of("prenom=Camille nom=", "prenom=Camille etablissement="),
        values(complete("plan", "parametres", "prenom=Camille", "aesh-entmip")));
  }

  @Test
  void autocompleteOfUndoSuggestsRecentRunsAndAFailureGivesNoChoiceRatherThanAnError() {
    plan("1", admin);
    button("1", admin, "entbot:procedure:apply");
    assertEquals(List.of("run-1"), values(complete("undo", "execution", "", null)));
    assertEquals(List.of(), values(complete("plan", "inconnue", "x", null)));
  }

  @SuppressWarnings("unchecked")
  private List<Choice> complete(String sub, String option, String typed, String procedure) {
    CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
    when(event.getName()).thenReturn("procedure");
    when(event.getSubcommandName()).thenReturn(sub);
    AutoCompleteQuery query = mock(AutoCompleteQuery.class);
    when(query.getName()).thenReturn(option);
    when(query.getValue()).thenReturn(typed);
    when(event.getFocusedOption()).thenReturn(query);
    if (procedure != null) {
      OptionMapping chosen = mock(OptionMapping.class);
      when(chosen.getAsString()).thenReturn(procedure);
      when(event.getOption("procedure")).thenReturn(chosen);
    }
    when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class));
    listener.onCommandAutoCompleteInteraction(event);
    ArgumentCaptor<List<Choice>> choices = ArgumentCaptor.forClass(List.class);
    verify(event).replyChoices(choices.capture());
    return choices.getValue();
  }

  private static List<String> values(List<Choice> choices) {
    return choices.stream().map(Choice::getAsString).toList();
  }

  @Test
  void theTicketFlowUsesModalsToAnswerAndToEditWithAScreenshotUpload() throws Exception {
    Answers drafted = slash("1", admin, "ticket", null,
        Map.of("description", "Margaux Perrot 5A n'a pas accès à Pronote"));
    assertTrue(drafted.followUps.get(0).contains("Pouvez-vous joindre une capture d'écran ?"));
    assertEquals(List.of("entbot:ticket:answer", "entbot:ticket:skip"), buttonIds(drafted));

    assertEquals(TicketModals.ANSWER_ID, openModal("entbot:ticket:answer").getId());
    Answers answered = submitModal(TicketModals.ANSWER_ID,
        Map.of(TicketModals.ANSWERS, "Depuis lundi"), List.of());
    assertEquals(List.of("t1: Depuis lundi"), chat.tickets.amended);
    assertTrue(answered.followUps.get(0).contains("Brouillon"), answered.followUps.get(0));

    Modal edit = openModal("entbot:ticket:edit");
    assertEquals(TicketModals.EDIT_ID, edit.getId());
    assertEquals(chat.tickets.drafts.get("t1").title(),
        edit.getComponents().get(0).asLabel().getChild().asTextInput().getValue());

    Message.Attachment screenshot = mock(Message.Attachment.class);
    when(screenshot.getFileName()).thenReturn("capture.png");
    when(screenshot.getSize()).thenReturn(4);
    NamedAttachmentProxy proxy = mock(NamedAttachmentProxy.class);
    when(proxy.download()).thenReturn(
        CompletableFuture.completedFuture(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})));
    when(screenshot.getProxy()).thenReturn(proxy);
    Answers edited = submitModal(TicketModals.EDIT_ID, Map.of(TicketModals.TITLE,
        "Pronote inaccessible", TicketModals.DESCRIPTION, "Depuis lundi."), List.of(screenshot));
    assertEquals(List.of("t1: capture.png (4 octets)"), chat.tickets.attachments);
    assertTrue(edited.followUps.get(0).contains("Titre : Pronote inaccessible"),
        edited.followUps.get(0));
    assertEquals(List.of("entbot:ticket:send", "entbot:ticket:edit", "entbot:ticket:cancel"),
        buttonIds(edited));
  }

  @Test
  void onlyTheRoleMaySendATicket() {
    slash("2", teacher, "ticket", null, Map.of("description", "ENT en panne, capture jointe"));
    Answers refused = button("2", teacher, "entbot:ticket:send");
    verify(refused.followUp).setEphemeral(true);
    assertTrue(chat.tickets.submitted.isEmpty());

    slash("1", admin, "ticket", null, Map.of("description", "ENT en panne, capture jointe"));
    Answers sent = button("1", admin, "entbot:ticket:send");
    assertTrue(sent.followUps.get(0).startsWith("Ticket envoyé au support"), sent.followUps.get(0));
    assertEquals(1, chat.tickets.submitted.size());
  }

  @Test
  void editingWithoutADraftIsRefusedWithoutOpeningAModal() {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    Answers answers = wire(event, "1", admin);
    when(event.getComponentId()).thenReturn("entbot:ticket:edit");
    listener.onButtonInteraction(event);
    verify(event, never()).replyModal(any());
    verify(answers.reply).setEphemeral(true);
  }

  private Modal openModal(String buttonId) {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    wire(event, "1", admin);
    when(event.getComponentId()).thenReturn(buttonId);
    when(event.replyModal(any())).thenReturn(mock(ModalCallbackAction.class, RETURNS_SELF));
    listener.onButtonInteraction(event);
    ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
    verify(event).replyModal(modal.capture());
    return modal.getValue();
  }

  private Answers submitModal(String modalId, Map<String, String> values,
      List<Message.Attachment> uploads) {
    ModalInteractionEvent event = mock(ModalInteractionEvent.class);
    Answers answers = wire(event, "1", admin);
    when(event.getModalId()).thenReturn(modalId);
    values.forEach((key, value) -> {
      ModalMapping mapping = mock(ModalMapping.class);
      when(mapping.getAsString()).thenReturn(value);
      when(event.getValue(key)).thenReturn(mapping);
    });
    ModalMapping files = mock(ModalMapping.class);
    when(files.getAsAttachmentList()).thenReturn(uploads);
    when(event.getValue(TicketModals.SCREENSHOT)).thenReturn(files);
    listener.onModalInteraction(event);
    return answers;
  }
}
