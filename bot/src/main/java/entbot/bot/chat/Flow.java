package entbot.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The multi-turn exchange a conversation is in, waiting for the user's next answer or click. */
public sealed interface Flow {
  /**
   * Drafted tickets, handled one at a time: answer the follow-up questions, then send, edit or
   * cancel. The drafts are kept as last shown, so a channel can pre-fill an edit form.
   */
  record TicketFlow(List<TicketPort.TicketDraft> tickets, int index, Stage stage) implements Flow {
    public enum Stage { ANSWERING, DECIDING, EDITING }

    public TicketFlow {
      tickets = List.copyOf(tickets);
      if (index < 0 || index >= tickets.size()) {
        throw new IllegalArgumentException("index out of range: " + index);
      }
      Objects.requireNonNull(stage, "stage");
    }

    public TicketPort.TicketDraft current() {
      return tickets.get(index);
    }

    TicketFlow at(Stage next) {
      return new TicketFlow(tickets, index, next);
    }

    TicketFlow with(TicketPort.TicketDraft updated, Stage next) {
      List<TicketPort.TicketDraft> copy = new java.util.ArrayList<>(tickets);
      copy.set(index, updated);
      return new TicketFlow(copy, index, next);
    }

    boolean hasNext() {
      return index + 1 < tickets.size();
    }

    TicketFlow next() {
      TicketPort.TicketDraft following = tickets.get(index + 1);
      return new TicketFlow(tickets, index + 1,
          following.questions().isEmpty() ? Stage.DECIDING : Stage.ANSWERING);
    }
  }

  /** A plan shown to the user, to apply only on the model it was computed on. */
  record PlanFlow(String procedureId, Map<String, String> params, String fingerprint)
      implements Flow {
    public PlanFlow {
      Objects.requireNonNull(procedureId, "procedureId");
      // Keeps the order the user typed, for messages and the engine's own messages.
      params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
  }

  /** An undo waiting for confirmation. */
  record UndoFlow(String runId) implements Flow {
    public UndoFlow {
      Objects.requireNonNull(runId, "runId");
    }
  }
}
