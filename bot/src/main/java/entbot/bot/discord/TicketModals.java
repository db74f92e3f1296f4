package entbot.bot.discord;

import entbot.bot.chat.TicketPort.TicketDraft;
import net.dv8tion.jda.api.components.attachmentupload.AttachmentUpload;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The forms of the ticket flow: edit the draft (title, description, screenshots uploaded in the
 * form itself, which JDA 6 supports through attachment-upload components) and answer the
 * follow-up questions.
 */
final class TicketModals {
  static final String EDIT_ID = "entbot:ticket-edit";
  static final String ANSWER_ID = "entbot:ticket-answer";
  static final String TITLE = "titre";
  static final String DESCRIPTION = "description";
  static final String SCREENSHOT = "capture";
  static final String ANSWERS = "reponses";
  static final int MAX_UPLOADS = 3;
  private static final int TEXT_MAX = 4000;

  private TicketModals() {}

  static Modal edit(TicketDraft draft) {
    return Modal.create(EDIT_ID, "Modifier le ticket")
        .addComponents(
            Label.of("Titre", TextInput.create(TITLE, TextInputStyle.SHORT)
                .setValue(clip(draft.title(), 100)).setRequiredRange(1, 100).build()),
            Label.of("Description", TextInput.create(DESCRIPTION, TextInputStyle.PARAGRAPH)
                .setValue(clip(draft.description(), TEXT_MAX)).setRequiredRange(1, TEXT_MAX)
                .build()),
            Label.of("Capture d'écran", "Facultatif : jusqu'à " + MAX_UPLOADS + " fichiers",
                AttachmentUpload.create(SCREENSHOT).setRequired(false)
                    .setRequiredRange(0, MAX_UPLOADS).build()))
        .build();
  }

  static Modal answer(TicketDraft draft) {
    return Modal.create(ANSWER_ID, "Compléter le ticket")
        .addComponents(Label.of("Vos réponses", clip(String.join(" ", draft.questions()), 100),
            TextInput.create(ANSWERS, TextInputStyle.PARAGRAPH).setRequiredRange(1, TEXT_MAX)
                .build()))
        .build();
  }

  private static String clip(String text, int max) {
    String value = text == null || text.isBlank() ? "-" : text;
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
