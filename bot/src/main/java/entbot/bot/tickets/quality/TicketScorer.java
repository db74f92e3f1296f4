package entbot.bot.tickets.quality;

import entbot.bot.tickets.draft.ClassExtractor;
import entbot.bot.tickets.draft.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares drafted tickets with the expected ones of a report and accumulates the figures:
 * split accuracy (right number of tickets), routing accuracy, people and classes F1 (micro),
 * exact missing items. Expected and drafted tickets are paired in order when their counts match,
 * otherwise each expected ticket takes the unused drafted one it resembles most.
 */
public final class TicketScorer {
  private int reports;
  private int splitRight;
  private int expectedTickets;
  private int routedRight;
  private int missingRight;
  private final int[] people = new int[3]; // true positives, false positives, false negatives
  private final int[] classes = new int[3];

  public void add(TicketDataset.Report report, List<Scored> drafted) {
    reports++;
    List<TicketDataset.Expected> expected = report.expected();
    expectedTickets += expected.size();
    if (expected.size() == drafted.size()) {
      splitRight++;
    }
    boolean[] used = new boolean[drafted.size()];
    for (int i = 0; i < expected.size(); i++) {
      TicketDataset.Expected e = expected.get(i);
      int match = expected.size() == drafted.size() ? i : bestMatch(e, drafted, used);
      if (match < 0) {
        count(people, keys(e.people(), true), Set.of());
        count(classes, keys(e.classes(), false), Set.of());
        continue;
      }
      used[match] = true;
      Scored d = drafted.get(match);
      if (d.route().equals(e.route())) {
        routedRight++;
      }
      if (new HashSet<>(d.missing()).equals(new HashSet<>(e.missing()))) {
        missingRight++;
      }
      count(people, keys(e.people(), true), new HashSet<>(d.people()));
      count(classes, keys(e.classes(), false), new HashSet<>(d.classes()));
    }
    for (int j = 0; j < drafted.size(); j++) {
      if (!used[j]) {
        count(people, Set.of(), new HashSet<>(drafted.get(j).people()));
        count(classes, Set.of(), new HashSet<>(drafted.get(j).classes()));
      }
    }
  }

  public double splitAccuracy() {
    return ratio(splitRight, reports);
  }

  public double routingAccuracy() {
    return ratio(routedRight, expectedTickets);
  }

  public double missingAccuracy() {
    return ratio(missingRight, expectedTickets);
  }

  public double peopleF1() {
    return f1(people);
  }

  public double classesF1() {
    return f1(classes);
  }

  /** The comparison key of a name, whatever its order and case: "DIMITAUX Christophe" = "Christophe Dimitaux". */
  public static String nameKey(String name) {
    return Arrays.stream(Fold.fold(name).split("[\\s]+")).filter(s -> !s.isBlank()).sorted()
        .collect(Collectors.joining("|"));
  }

  public static String classKey(String className) {
    return ClassExtractor.key(className);
  }

  private static Set<String> keys(List<String> values, boolean names) {
    return values.stream().map(v -> names ? nameKey(v) : classKey(v)).collect(Collectors.toSet());
  }

  private static int bestMatch(TicketDataset.Expected e, List<Scored> drafted, boolean[] used) {
    Set<String> wantedPeople = keys(e.people(), true);
    Set<String> wantedClasses = keys(e.classes(), false);
    int best = -1;
    int bestScore = -1;
    for (int j = 0; j < drafted.size(); j++) {
      if (used[j]) {
        continue;
      }
      Scored d = drafted.get(j);
      int score = (d.route().equals(e.route()) ? 2 : 0)
          + (int) d.people().stream().filter(wantedPeople::contains).count()
          + (int) d.classes().stream().filter(wantedClasses::contains).count();
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    return best;
  }

  private static void count(int[] counts, Set<String> expected, Set<String> found) {
    List<String> hits = new ArrayList<>(found);
    hits.retainAll(expected);
    counts[0] += hits.size();
    counts[1] += found.size() - hits.size();
    counts[2] += expected.size() - hits.size();
  }

  private static double f1(int[] c) {
    if (c[0] + c[1] + c[2] == 0) {
      return 1.0;
    }
    double precision = ratio(c[0], c[0] + c[1]);
    double recall = ratio(c[0], c[0] + c[2]);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
