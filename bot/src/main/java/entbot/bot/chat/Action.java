package entbot.bot.chat;

import java.util.Objects;

/** A choice offered with a reply: a button on Discord, a word to type in the console. */
public record Action(String id, String label, Style style) {
  public enum Style { PRIMARY, SECONDARY, DANGER }

  public static final String TICKET_ANSWER = "ticket:answer";
  public static final String TICKET_SKIP = "ticket:skip";
  public static final String TICKET_SEND = "ticket:send";
  public static final String TICKET_EDIT = "ticket:edit";
  public static final String TICKET_CANCEL = "ticket:cancel";
  public static final String PROCEDURE_APPLY = "procedure:apply";
  public static final String PROCEDURE_CANCEL = "procedure:cancel";
  public static final String UNDO_CONFIRM = "undo:confirm";
  public static final String UNDO_CANCEL = "undo:cancel";

  public Action {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(style, "style");
  }
}
