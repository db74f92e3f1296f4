package entbot.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.chat.Action;
import entbot.bot.chat.Action.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedChoiceTest {
  private static final List<Action> UNDO = List.of(
      new Action(Action.UNDO_CONFIRM, "Confirmer l'annulation", Style.DANGER),
      new Action(Action.UNDO_CANCEL, "Garder", Style.SECONDARY));

  @Test
  void ouiIsTheFirstChoiceNonTheCancellingOneAndLabelsMatchWithoutAccentsOrCase() {
    assertEquals(Action.UNDO_CONFIRM, TypedChoice.match(" Oui ", UNDO).orElseThrow().id());
    assertEquals(Action.UNDO_CANCEL, TypedChoice.match("non", UNDO).orElseThrow().id());
    assertEquals(Action.UNDO_CANCEL, TypedChoice.match("GARDER", UNDO).orElseThrow().id());
    List<Action> ticket = List.of(new Action(Action.TICKET_ANSWER, "Répondre", Style.PRIMARY));
    assertEquals(Action.TICKET_ANSWER, TypedChoice.match("repondre", ticket).orElseThrow().id());
  }

  @Test
  void anythingElseOrNoChoiceOfferedMatchesNothing() {
    assertTrue(TypedChoice.match("peut-être", UNDO).isEmpty());
    assertTrue(TypedChoice.match("oui", List.of()).isEmpty());
  }
}
