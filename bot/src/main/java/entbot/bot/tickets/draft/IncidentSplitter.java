package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import entbot.bot.tickets.draft.Segmenter.Level;
import entbot.bot.tickets.draft.Segmenter.Piece;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Split stage: groups the {@link Segmenter}'s pieces into incidents, in two passes. First the
 * clauses of each sentence are grouped (a sentence may hold two incidents: "X n'a plus Pronote et
 * la messagerie est en panne"); then those units are grouped across sentences and paragraphs.
 * A separator or bullet always starts a new incident. Otherwise a unit starts one only when the
 * incident so far is complete (a problem about someone or some service) and the unit states its own
 * problem about a new person, or names another desk's service without a word tying it to what came
 * before ("elle", "non plus", "le message"). An introduction before the first separator ("Objet :
 * anomalies sur des comptes") becomes context shared by the incidents, not an incident itself.
 */
public final class IncidentSplitter {
  /** The incidents of a report, and the introduction that applies to all of them (or null). */
  public record Split(String context, List<String> incidents) {
    public Split {
      incidents = List.copyOf(incidents);
    }
  }

  private static final Pattern GREETING = Pattern.compile(
      "^(bonjour|bonsoir|salut|hello|coucou|madame|monsieur)\\b[\\p{L} ,!.']{0,30}$");
  private static final Pattern CLOSING = Pattern.compile(
      "^(merci|cordialement|bien cordialement|bonne (journee|soiree|fin de journee)|a bientot|bien a vous|dans l.attente)\\b");
  // Header lines of a forwarded e-mail ("De : Jean Dupont", "Envoyé : lundi"): not incidents.
  private static final Pattern MAIL_HEADER = Pattern.compile(
      "^(de|a|cc|cci|envoye|date|from|to|sent|subject|expediteur|destinataire)\\s*:");
  private static final Pattern CONTINUATION = Pattern.compile(
      "^(il|elle|ils|elles|lui|son|sa|ses|leur|leurs|cela|ca|ce|cet|cette|ces|celui|celle|depuis|pourtant|mais|en effet|nous|j.ai|je|on|apres|avant|quand|lorsqu\\w*|donc|alors|du coup|sauf|car|parce|puisque|d.ailleurs|c.est|y compris|notamment|par exemple|pour info\\w*|precision|a noter|le message|les messages|l.erreur|le compte|son compte|sa fiche|ce compte|le probleme|le souci|meme|en plus|sur (son|sa|ses|le meme)|le lien|la page|eleve|enseignante?|professeure?|prof|parent|mere|pere|aesh|avs|cpe|aed|secretaire|principale?|documentaliste)\\b");
  private static final Pattern SAME_PROBLEM = Pattern.compile(
      "\\b(non plus|aussi|egalement|idem|pareil|meme probleme|meme souci|de meme|meme chose|la meme)\\b");
  private static final Pattern NEW_TOPIC = Pattern.compile(
      "^(autres? (chose|probleme|souci|point|incident)s?|par ailleurs|d.autre part|de plus|en outre|enfin|sinon)\\b");
  private static final Pattern INTRODUCTION = Pattern.compile(
      "(:\\s*$|\\bobjet\\b|\\bvoici\\b|\\bplusieurs (problemes|soucis|anomalies|incidents)|\\b(problemes|soucis|anomalies|incidents) suivants|\\banomalies\\b|\\brecapitulatif\\b|\\bliste des\\b)");

  private final PeopleExtractor people;
  private final Router router;
  private final ClassExtractor classes = new ClassExtractor();

  public IncidentSplitter(PeopleExtractor people, Router router) {
    this.people = people;
    this.router = router;
  }

  public Split split(List<Piece> pieces) {
    List<Group> groups = new ArrayList<>();
    for (Group unit : sentenceUnits(pieces)) {
      Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (current == null || unit.forced || startsNewIncident(current, unit.cue(), false)) {
        groups.add(unit);
      } else {
        current.absorb(unit, " ", this);
      }
    }
    mergeProblemLess(groups);
    String context = null;
    if (groups.size() >= 2 && isIntroduction(groups.get(0), groups.get(1))) {
      context = groups.remove(0).text();
    }
    return new Split(context, groups.stream().map(Group::text).toList());
  }

  /** Pass one: the clauses of each sentence grouped into units; fillers and signatures dropped. */
  private List<Group> sentenceUnits(List<Piece> pieces) {
    List<Group> units = new ArrayList<>();
    boolean closed = false;
    Group sentenceGroup = null;
    for (Piece piece : pieces) {
      Cue cue = cue(piece.text());
      if (cue.filler) {
        closed |= CLOSING.matcher(cue.folded).find();
        continue;
      }
      if (closed && !cue.problem) {
        continue; // signature after "Cordialement": not part of any incident
      }
      if (piece.level() != Level.CLAUSE || sentenceGroup == null) {
        sentenceGroup = new Group(piece.level(), piece.level() == Level.HARD);
        sentenceGroup.add(piece.text(), "", cue, router);
        units.add(sentenceGroup);
      } else if (startsNewIncident(sentenceGroup, cue, piece.afterColon())) {
        sentenceGroup = new Group(Level.CLAUSE, true);
        sentenceGroup.add(piece.text(), "", cue, router);
        units.add(sentenceGroup);
      } else {
        sentenceGroup.add(piece.text(), piece.joiner(), cue, router);
      }
    }
    return units;
  }

  private boolean startsNewIncident(Group group, Cue cue, boolean afterColon) {
    if (!group.complete() || !(cue.problem || cue.specificRoute)) {
      return false;
    }
    if (SAME_PROBLEM.matcher(cue.folded).find()) {
      return false;
    }
    boolean newPerson = cue.personKeys.stream().anyMatch(k -> !group.personKeys.contains(k));
    if (newPerson && cue.problem) {
      return true;
    }
    if (afterColon || !cue.personKeys.isEmpty()) {
      return false;
    }
    boolean otherDesk = cue.specificRoute && !cue.route.equals(group.route);
    if (NEW_TOPIC.matcher(cue.folded).find()) {
      return otherDesk || cue.problem;
    }
    return otherDesk && !CONTINUATION.matcher(cue.folded).find();
  }

  /** Units with no problem and no service ("- Margaux Perrot (5A)") belong to the incident above. */
  private void mergeProblemLess(List<Group> groups) {
    for (int i = groups.size() - 1; i >= 1; i--) {
      Group group = groups.get(i);
      if (!group.problem && !group.specificRoute) {
        groups.get(i - 1).absorb(group, "\n", this);
        groups.remove(i);
      }
    }
  }

  private static boolean isIntroduction(Group first, Group second) {
    if (!first.personKeys.isEmpty() || first.hasClasses || !second.complete()) {
      return false;
    }
    return second.firstLevel == Level.HARD || INTRODUCTION.matcher(first.folded()).find();
  }

  Cue cue(String text) {
    String folded = Fold.fold(text);
    boolean problem = FactExtractor.describesProblem(folded);
    boolean filler = MAIL_HEADER.matcher(folded).find()
        || !problem && (GREETING.matcher(folded).find() || CLOSING.matcher(folded).find());
    Set<String> keys = new HashSet<>();
    for (Person person : people.people(text)) {
      keys.add(person.key());
    }
    Router.RouteDecision decision = router.route(folded);
    return new Cue(folded, problem, filler, keys, decision.route(), decision.specific(),
        !classes.classes(text).isEmpty());
  }

  record Cue(String folded, boolean problem, boolean filler, Set<String> personKeys,
      String route, boolean specificRoute, boolean hasClasses) {}

  /** An incident (or a sentence unit) being built: its text and what is known of it so far. */
  private static final class Group {
    final Level firstLevel;
    final boolean forced;
    final StringBuilder text = new StringBuilder();
    final Set<String> personKeys = new HashSet<>();
    boolean problem;
    boolean specificRoute;
    boolean hasClasses;
    String route;

    Group(Level firstLevel, boolean forced) {
      this.firstLevel = firstLevel;
      this.forced = forced;
    }

    void add(String piece, String joiner, Cue cue, Router router) {
      if (!text.isEmpty()) {
        text.append(joiner);
      }
      text.append(piece);
      personKeys.addAll(cue.personKeys);
      problem |= cue.problem;
      hasClasses |= cue.hasClasses;
      Router.RouteDecision decision = router.route(folded());
      route = decision.route();
      specificRoute = decision.specific();
    }

    void absorb(Group other, String joiner, IncidentSplitter splitter) {
      add(other.text(), firstLevelJoiner(other, joiner), splitter.cue(other.text()), splitter.router);
    }

    private static String firstLevelJoiner(Group other, String joiner) {
      return other.firstLevel == Level.PARAGRAPH || other.firstLevel == Level.HARD ? "\n" : joiner;
    }

    /** The cue of this whole unit, as one piece. */
    Cue cue() {
      return new Cue(folded(), problem, false, personKeys, route, specificRoute, hasClasses);
    }

    boolean complete() {
      return problem && (!personKeys.isEmpty() || hasClasses || specificRoute);
    }

    String folded() {
      return Fold.fold(text.toString());
    }

    String text() {
      return text.toString();
    }
  }
}
