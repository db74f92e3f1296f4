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
 * Split stage: groups the {@link Segmenter}'s pieces into incidents. A separator or bullet always
 * starts a new incident; inside a paragraph a piece starts one only when the incident so far is
 * complete (a problem about someone or some service) and the piece brings its own problem about a
 * new person or another desk's service, without a word tying it to what came before ("elle",
 * "non plus", "le message"). An introduction before the first separator ("Objet : anomalies sur
 * des comptes") becomes context shared by the incidents rather than an incident of its own.
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
  private static final Pattern CONTINUATION = Pattern.compile(
      "^(il|elle|ils|elles|lui|son|sa|ses|leur|leurs|cela|ca|ce|cet|cette|ces|celui|celle|depuis|pourtant|mais|en effet|nous|j.ai|je|on|apres|avant|quand|lorsqu\\w*|donc|alors|du coup|sauf|car|parce|puisque|d.ailleurs|c.est|y compris|notamment|par exemple|pour info\\w*|precision|a noter|le message|les messages|l.erreur|le compte|son compte|sa fiche|ce compte|le probleme|le souci|meme|en plus|sur (son|sa|ses|le meme)|quand (il|elle)|le lien|la page)\\b");
  private static final Pattern SAME_PROBLEM = Pattern.compile(
      "\\b(non plus|aussi|egalement|idem|pareil|meme probleme|meme souci|de meme|meme chose|la meme)\\b");
  private static final Pattern INTRODUCTION = Pattern.compile(
      "(:\\s*$|\\bobjet\\b|\\bvoici\\b|\\bplusieurs (problemes|soucis|anomalies|incidents)|\\b(problemes|soucis|anomalies|incidents) suivants|\\banomalies\\b|\\brecapitulatif\\b|\\bliste des\\b)");

  private final PeopleExtractor people;
  private final Router router;

  public IncidentSplitter(PeopleExtractor people, Router router) {
    this.people = people;
    this.router = router;
  }

  public Split split(List<Piece> pieces) {
    List<Group> groups = new ArrayList<>();
    boolean closed = false;
    for (Piece piece : pieces) {
      Cue cue = cue(piece);
      if (cue.filler) {
        closed |= CLOSING.matcher(cue.folded).find();
        continue;
      }
      if (closed && !cue.problem) {
        continue; // signature after "Cordialement": not part of any incident
      }
      Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (current == null || startsNewIncident(current, piece, cue)) {
        groups.add(new Group(piece.level()));
        current = groups.get(groups.size() - 1);
      }
      current.add(piece, cue, router);
    }
    mergeProblemLess(groups);
    String context = null;
    if (groups.size() >= 2 && isIntroduction(groups.get(0), groups.get(1))) {
      context = groups.remove(0).text();
    }
    List<String> incidents = groups.stream().map(Group::text).toList();
    return new Split(context, incidents);
  }

  private boolean startsNewIncident(Group group, Piece piece, Cue cue) {
    if (piece.level() == Level.HARD) {
      return true;
    }
    if (!group.complete() || !(cue.problem || cue.specificRoute) || SAME_PROBLEM.matcher(cue.folded).find()) {
      return false;
    }
    boolean newPerson = cue.personKeys.stream().anyMatch(k -> !group.personKeys.contains(k));
    if (newPerson) {
      return true;
    }
    boolean continuation = CONTINUATION.matcher(cue.folded).find();
    return !continuation && cue.personKeys.isEmpty() && cue.specificRoute
        && !cue.route.equals(group.route);
  }

  /** Pieces with no problem and no service ("- Margaux Perrot (5A)") belong to the incident above. */
  private static void mergeProblemLess(List<Group> groups) {
    for (int i = groups.size() - 1; i >= 1; i--) {
      Group group = groups.get(i);
      if (!group.problem && !group.specificRoute) {
        groups.get(i - 1).absorb(group);
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

  private Cue cue(Piece piece) {
    String folded = Fold.fold(piece.text());
    boolean problem = FactExtractor.describesProblem(folded);
    boolean filler = !problem && (GREETING.matcher(folded).find() || CLOSING.matcher(folded).find());
    Set<String> keys = new HashSet<>();
    for (Person person : people.people(piece.text())) {
      keys.add(person.key());
    }
    Router.RouteDecision decision = router.route(folded);
    boolean classes = !new ClassExtractor().classes(piece.text()).isEmpty();
    return new Cue(folded, problem, filler, keys, decision.route(), decision.specific(), classes);
  }

  private record Cue(String folded, boolean problem, boolean filler, Set<String> personKeys,
      String route, boolean specificRoute, boolean hasClasses) {}

  /** The incident being built: its pieces and what is known of it so far. */
  private static final class Group {
    final Level firstLevel;
    final StringBuilder text = new StringBuilder();
    final Set<String> personKeys = new HashSet<>();
    boolean problem;
    boolean specificRoute;
    boolean hasClasses;
    String route;

    Group(Level firstLevel) {
      this.firstLevel = firstLevel;
    }

    void add(Piece piece, Cue cue, Router router) {
      if (!text.isEmpty()) {
        text.append(piece.level() == Level.CLAUSE ? piece.joiner()
            : piece.level() == Level.SENTENCE ? " " : "\n");
      }
      text.append(piece.text());
      personKeys.addAll(cue.personKeys);
      problem |= cue.problem;
      hasClasses |= cue.hasClasses;
      Router.RouteDecision decision = router.route(folded());
      route = decision.route();
      specificRoute = decision.specific();
    }

    void absorb(Group other) {
      text.append('\n').append(other.text);
      personKeys.addAll(other.personKeys);
      hasClasses |= other.hasClasses;
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
