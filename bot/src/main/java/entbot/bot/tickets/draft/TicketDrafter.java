package entbot.bot.tickets.draft;

import entbot.bot.BotException;
import java.util.List;

/**
 * The drafting pipeline, assembled here and nowhere else:
 * <pre>
 *   report ─ split ─▶ incidents ─ extract ─▶ facts ─ route ─▶ desk + reason
 *                                        ─ write ─▶ title + description ─ check ─▶ missing + questions
 * </pre>
 * Rules only, no LLM: the same report always gives the same drafts.
 */
public final class TicketDrafter {
  public static final String GENERATED_BY_RULES = "rules";

  private final Segmenter segmenter = new Segmenter();
  private final IncidentSplitter splitter;
  private final FactExtractor extractor;
  private final Router router;
  private final TicketWriter writer;
  private final TicketChecker checker = new TicketChecker();

  public TicketDrafter(RoutingRules rules, NameLexicon lexicon) {
    PeopleExtractor people = new PeopleExtractor(lexicon);
    this.router = new Router(rules);
    this.splitter = new IncidentSplitter(people, router);
    this.extractor = new FactExtractor(people);
    this.writer = new TicketWriter(router);
  }

  /** The drafter with the bundled word lists and the rules of {@code ENTBOT_TICKET_RULES} or bundled. */
  public static TicketDrafter standard() {
    return new TicketDrafter(RoutingRules.fromEnvironment(), NameLexicon.bundled());
  }

  /** One draft per incident of the report; refuses an empty report. */
  public List<Draft> draft(String report) {
    if (isEmptyReport(report)) {
      throw BotException.badInput("le signalement est vide : décrivez le problème rencontré "
          + "(qui est concerné, sur quel service, depuis quand).");
    }
    IncidentSplitter.Split split = splitter.split(segmenter.pieces(report));
    List<String> incidents = split.incidents().isEmpty() ? List.of(report.strip()) : split.incidents();
    List<Facts> facts = FirstNameResolver.resolve(incidents.stream().map(extractor::extract).toList());
    return facts.stream().map(f -> draft(f, split.context(), 0)).toList();
  }

  /** True when the report holds no letter or digit at all (blank, separators only...). */
  public static boolean isEmptyReport(String report) {
    return report == null || report.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Drafts one incident as given (no split), e.g. again after the admin answered the questions. */
  public Draft draftOne(String incident, String context, int attachmentCount) {
    return draft(extractor.extract(incident), context, attachmentCount);
  }

  private Draft draft(Facts facts, String context, int attachmentCount) {
    String incident = facts.text();
    Router.RouteDecision decision = router.route(Fold.fold(incident));
    if (decision.score() == 0 && context != null) {
      decision = router.route(Fold.fold(context));
    }
    TicketWriter.Wording wording = writer.write(facts, decision, context);
    TicketChecker.Check check = checker.check(facts, decision, attachmentCount);
    return new Draft(wording.title(), wording.description(), decision.route(), decision.reason(),
        decision.service(), facts.people(), facts.classes(), facts.since(), facts.affectedUsers(),
        check.missing(), check.questions(), GENERATED_BY_RULES, incident, context);
  }
}
