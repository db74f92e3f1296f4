package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people named in an incident: runs of name-like words ("Margaux Perrot",
 * "DIMITAUX Christophe", "margaux perrot", "Mme Mohamed"), told apart from capitalised ordinary
 * words with the {@link NameLexicon}, put in first/last order, and given the profile written
 * nearest to them ("(élève)", "compte enseignant ...").
 */
public final class PeopleExtractor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]|[\\p{L}]");
  private static final Pattern ELISION = Pattern.compile("^(?i:[ldnsjcmt]|qu)['’](.+)$");
  // First names that are also ordinary words: in lower case ("page blanche") they are not names.
  private static final java.util.Set<String> AMBIGUOUS_LOWER = java.util.Set.of(
      "blanche", "rose", "claire", "pascal", "marine", "aurore", "ange", "violette", "victoire",
      "olive", "prune", "france", "colombe", "capucine", "noel", "martin", "florence", "grace", "rayan");
  private static final Pattern CLASS_AFTER_NAME = Pattern.compile(
      "^\\s*[(,]?\\s*(?:en\\s+|de\\s+|de la\\s+)?(?:[3-6]\\s?(?:e|è|ème|eme)?\\s?[A-H]|[1-6]\\d{2}|2nde|2de|1ère|1ere|Tle|Term)(?![\\p{L}\\d])");
  private static final Pattern CIVILITY =
      Pattern.compile("(?:\\b(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|Mr|M)\\.?)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final int PROFILE_WINDOW = 50;
  // "la mère de Inès Bakri", "père de Zoé": the word names the parent, not the child after it.
  private static final Pattern PARENT_OF = Pattern.compile(
      "\\b(mere|pere|maman|papa|parents?|responsables? lega(l|ux)|representante? lega(l|ux))\\s+(de la |de |du |d')\\s*$");
  private static final Pattern APPOSITION = Pattern.compile("^\\s*(\\([^)]*\\))?\\s*,?\\s*(?:m\\.|mme\\.?|madame|monsieur|mlle\\.?)?\\s*$");

  private final NameLexicon lexicon;

  public PeopleExtractor(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A person found at {@code [start, end)} of the text. */
  public record Mention(Person person, int start, int end) {}

  public List<Person> people(String text) {
    Map<String, Person> byKey = new LinkedHashMap<>();
    for (Mention mention : mentions(text)) {
      Person known = byKey.get(mention.person().key());
      if (known == null || known.profile() == null && mention.person().profile() != null) {
        byKey.put(mention.person().key(), mention.person());
      }
    }
    return List.copyOf(byKey.values());
  }

  public List<Mention> mentions(String text) {
    List<Token> tokens = tokens(text);
    List<Mention> raw = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).candidate) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j - i < 3 && tokens.get(j).candidate
          && tokens.get(j).lower == tokens.get(i).lower
          && isOnlySpace(text, tokens.get(j - 1).end, tokens.get(j).start)) {
        j++;
      }
      Mention mention = toMention(text, tokens.subList(i, j));
      if (mention != null) {
        raw.add(mention);
      }
      i = j;
    }
    String folded = Fold.fold(text);
    List<Mention> withProfiles = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      Mention m = raw.get(k);
      int left = Math.max(k == 0 ? 0 : raw.get(k - 1).end(), m.start() - PROFILE_WINDOW);
      int right = Math.min(k + 1 < raw.size() ? raw.get(k + 1).start() : text.length(), m.end() + PROFILE_WINDOW);
      String profile = Profiles.nearest(folded, left, right, m.start(), m.end());
      if (profile == null && CLASS_AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) {
        profile = "Élève"; // "Lucas Moreau (4C)": a person written with a class is a pupil
      }
      withProfiles.add(new Mention(m.person().withProfile(profile), m.start(), m.end()));
    }
    return applyParentRelations(folded, withProfiles);
  }

  /**
   * "X, maman de Y" and "la mère de Y, Mme X": Y is the pupil and X the parent, whatever profile
   * word happened to be nearest to each name.
   */
  private static List<Mention> applyParentRelations(String folded, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int k = 0; k < out.size(); k++) {
      Mention child = out.get(k);
      String before = folded.substring(Math.max(0, child.start() - 40), child.start());
      Matcher relation = PARENT_OF.matcher(before);
      if (!relation.find()) {
        continue;
      }
      String childProfile = child.person().profile();
      if (childProfile == null || childProfile.equals("Parent")) {
        out.set(k, new Mention(child.person().withProfile("Élève"), child.start(), child.end()));
      }
      if (k + 1 < out.size() && APPOSITION.matcher(folded.substring(child.end(), out.get(k + 1).start())).matches()) {
        Mention parent = out.get(k + 1);
        out.set(k + 1, new Mention(parent.person().withProfile("Parent"), parent.start(), parent.end()));
      }
    }
    return out;
  }

  private Mention toMention(String text, List<Token> run) {
    String civility = civilityBefore(text, run.get(0).start);
    boolean anyKnown = run.stream().anyMatch(t -> t.knownFirst);
    boolean anyCaps = run.stream().anyMatch(t -> t.caps);
    boolean allLower = run.stream().allMatch(t -> t.lower);
    if (run.size() == 1) {
      Token t = run.get(0);
      if (civility != null && !t.lower) {
        return new Mention(new Person(null, proper(t.text), civility, null), t.start, t.end);
      }
      if (t.knownFirst && t.title) {
        return new Mention(new Person(proper(t.text), null, null, null), t.start, t.end);
      }
      return null;
    }
    if (allLower) {
      // Lower-case names are only trusted around a known first name: "margaux perrot".
      int known = 0;
      while (known < run.size() && (!run.get(known).knownFirst
          || AMBIGUOUS_LOWER.contains(Fold.fold(run.get(known).text)))) {
        known++;
      }
      if (known == run.size()) {
        return null;
      }
      Token firstName = run.get(known);
      Token lastName = known + 1 < run.size() ? run.get(known + 1) : run.get(known - 1);
      return new Mention(new Person(proper(firstName.text), proper(lastName.text), civility, null),
          Math.min(firstName.start, lastName.start), Math.max(firstName.end, lastName.end));
    }
    List<String> words = run.stream().map(t -> t.text).toList();
    String first;
    String last;
    if (anyCaps && !run.stream().allMatch(t -> t.caps)) {
      first = join(run.stream().filter(t -> !t.caps).map(t -> t.text).toList());
      last = join(run.stream().filter(t -> t.caps).map(t -> t.text).toList());
    } else if (!run.get(0).knownFirst && run.get(run.size() - 1).knownFirst) {
      first = words.get(words.size() - 1);
      last = join(words.subList(0, words.size() - 1));
    } else {
      first = words.get(0);
      last = join(words.subList(1, words.size()));
    }
    Token head = run.get(0);
    Token tail = run.get(run.size() - 1);
    return new Mention(new Person(proper(first), proper(last), civility, null), head.start, tail.end);
  }

  private static String civilityBefore(String text, int start) {
    Matcher m = CIVILITY.matcher(text.substring(Math.max(0, start - 14), start));
    if (!m.find()) {
      return null;
    }
    String word = Fold.fold(m.group()).replace(".", "").strip();
    return word.equals("m") || word.equals("mr") || word.equals("monsieur") ? "M."
        : word.equals("mlle") || word.equals("mademoiselle") ? "Mlle" : "Mme";
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      int start = m.start();
      Matcher elision = ELISION.matcher(word);
      if (elision.matches() && (Character.isLowerCase(word.charAt(0))
          || Character.isLowerCase(elision.group(1).charAt(0)))) {
        start += word.length() - elision.group(1).length();
        word = elision.group(1);
      }
      tokens.add(new Token(word, start, start + word.length(), isSentenceStart(text, start), lexicon));
    }
    return tokens;
  }

  private static boolean isSentenceStart(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) || c == '\n') {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-' || c == '•' || c == '*';
      }
    }
    return true;
  }

  private static boolean isOnlySpace(String text, int from, int to) {
    String gap = text.substring(from, to);
    return !gap.isEmpty() && gap.chars().allMatch(c -> c == ' ' || c == '\u00A0');
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }

  /** "DIMITAUX" -> "Dimitaux", "jean-pierre" -> "Jean-Pierre"; mixed case is kept as written. */
  static String proper(String name) {
    if (name == null) {
      return null;
    }
    boolean mixed = !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    if (mixed) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = true;
    for (char c : name.toCharArray()) {
      out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      upper = c == '-' || c == ' ' || c == '\'';
    }
    return out.toString();
  }

  private static final class Token {
    final String text;
    final int start;
    final int end;
    final boolean sentenceStart;
    final boolean knownFirst;
    final boolean caps;
    final boolean title;
    final boolean lower;
    final boolean candidate;

    Token(String text, int start, int end, boolean sentenceStart, NameLexicon lexicon) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.sentenceStart = sentenceStart;
      boolean stop = text.length() < 2 || lexicon.isNotName(text);
      this.knownFirst = !stop && lexicon.isFirstName(text);
      this.caps = text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT))
          && !text.equals(text.toLowerCase(Locale.ROOT));
      this.lower = text.equals(text.toLowerCase(Locale.ROOT));
      this.title = Character.isUpperCase(text.charAt(0)) && !caps;
      this.candidate = !stop && (title || caps || knownFirst || lower && text.length() >= 3);
    }
  }
}
