package entbot.bot.tickets.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.tickets.draft.NameLexicon;
import entbot.bot.tickets.draft.RoutingRules;
import entbot.bot.tickets.draft.TicketDrafter;
import org.junit.jupiter.api.Test;

class TicketsDatasetTest {
  private final TicketDataset dataset = TicketDataset.bundled();

  @Test
  void holdsAtLeastFortyReportsIncludingSeveralIncidentAndNoIncidentOnes() {
    assertTrue(dataset.reports().size() >= 40, "reports: " + dataset.reports().size());
    assertTrue(dataset.reports().stream().filter(r -> r.expected().size() >= 2).count() >= 10);
    assertTrue(dataset.reports().stream().anyMatch(r -> r.id().startsWith("no-incident")));
  }

  @Test
  void rulesStayAboveTheirFloorAndBeatTheNaiveBaseline() {
    TicketScorer rules = DraftQuality.score(dataset,
        DraftQuality.rules(new TicketDrafter(RoutingRules.bundled(), NameLexicon.bundled())));
    TicketScorer naive = DraftQuality.score(dataset, new NaiveDrafter()::draft);
    String figures = String.format("split %.3f routing %.3f people %.3f classes %.3f missing %.3f",
        rules.splitAccuracy(), rules.routingAccuracy(), rules.peopleF1(), rules.classesF1(), rules.missingAccuracy());

    assertTrue(rules.splitAccuracy() >= 0.85, figures);
    assertTrue(rules.routingAccuracy() >= 0.85, figures);
    assertTrue(rules.peopleF1() >= 0.85, figures);
    assertTrue(rules.classesF1() >= 0.85, figures);
    assertTrue(rules.missingAccuracy() >= 0.75, figures);
    assertTrue(rules.splitAccuracy() > naive.splitAccuracy(), figures);
    assertTrue(rules.routingAccuracy() > naive.routingAccuracy(), figures);
  }

  @Test
  void scoresNamesWhateverTheirOrderAndCase() {
    assertTrue(TicketScorer.nameKey("DIMITAUX Christophe").equals(TicketScorer.nameKey("christophe Dimitaux")));
  }
}
