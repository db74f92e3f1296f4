package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import entbot.bot.tickets.Routes;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrafterRobustnessTest {
  private static final List<String> FRAGMENTS = List.of(
      "Margaux Perrot", "DIMITAUX Christophe", "M.", "Mme", "(élève)", "(5A)", "3e B", "310",
      "GD_AESH (AVS)", "pronot", "EduConnect", "médiacentre", "SIECLE", "-----", "\n", "\n\n",
      "- ", "1) ", ",", ".", ";", ":", " et ", " puis ", "n'a plus accès", "impossible", "écrasé",
      "rejet", "depuis", "lundi", "« erreur »", "l'", "d'", "’", "😀", "\t", "ÉLÈVE", "ça", "!!", "?",
      "é", "-", "(", ")", "Zoé", "de", "la", "mère de", "capture jointe");

  private final TicketDrafter drafter = new TicketDrafter(RoutingRules.bundled(), NameLexicon.bundled());

  @Test
  void draftsAtLeastOneValidTicketFromAnyNonBlankMessWithoutFailing() {
    Random random = new Random(42);
    for (int sample = 0; sample < 500; sample++) {
      StringBuilder report = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int i = 0; i < length; i++) {
        report.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))).append(random.nextBoolean() ? " " : "");
      }
      String text = report.toString();
      if (TicketDrafter.isEmptyReport(text)) {
        continue;
      }
      List<Draft> drafts = drafter.draft(text);
      assertFalse(drafts.isEmpty(), text);
      for (Draft draft : drafts) {
        assertTrue(Routes.ALL.contains(draft.route()), text);
        assertFalse(draft.title().isBlank(), text);
      }
    }
  }

  @Test
  void refusesBlankInputOfEveryKind() {
    for (String blank : new String[] {"", " ", "\n\t\n", "\u00A0", "-----\n*****", null}) {
      assertTrue(org.junit.jupiter.api.Assertions.assertThrows(BotException.class, () -> drafter.draft(blank)).isBadInput());
    }
  }
}
