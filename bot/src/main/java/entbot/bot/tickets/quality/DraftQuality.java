package entbot.bot.tickets.quality;

import entbot.bot.tickets.Person;
import entbot.bot.tickets.draft.Draft;
import entbot.bot.tickets.draft.TicketDrafter;
import java.util.List;
import java.util.function.Function;

/** Runs a drafter over the dataset and scores it; shared by the bench and the floor test. */
public final class DraftQuality {
  private DraftQuality() {}

  public static TicketScorer score(TicketDataset dataset, Function<String, List<Scored>> drafter) {
    TicketScorer scorer = new TicketScorer();
    for (TicketDataset.Report report : dataset.reports()) {
      scorer.add(report, drafter.apply(report.text()));
    }
    return scorer;
  }

  /** entbot's rule drafter, its drafts reduced to what is scored. */
  public static Function<String, List<Scored>> rules(TicketDrafter drafter) {
    return text -> drafter.draft(text).stream().map(DraftQuality::scored).toList();
  }

  public static Scored scored(Draft d) {
    return new Scored(d.route(),
        d.people().stream().map(DraftQuality::name).map(TicketScorer::nameKey).toList(),
        d.classes().stream().map(TicketScorer::classKey).toList(), d.missing());
  }

  private static String name(Person p) {
    return (p.firstName() == null ? "" : p.firstName()) + " " + (p.lastName() == null ? "" : p.lastName());
  }
}
