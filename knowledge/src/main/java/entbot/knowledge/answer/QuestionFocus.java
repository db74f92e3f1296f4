package entbot.knowledge.answer;

import entbot.knowledge.KnowledgeException;
import entbot.knowledge.analysis.TextNormalizer;
import entbot.knowledge.search.Concept;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What the question asks for, so that the answer can open with the line that gives it. French
 * admin questions name the thing they want after "quel/quelle" ("on met quel rôle ?", "quel est le
 * profil…") or before "à mettre / à choisir…" ("profil à choisir ?"); "combien" asks for a number.
 * A line is the crux when it gives a value for that thing the way guides and screens write one:
 * "Rôle ? CPE", "le rôle "CPE"", "droits « Visiteur »", "Profil : Autre" (the focus word, then a
 * separator, a quote or a capitalised value), or any number for "combien". A line that merely
 * mentions the focus word ("droits sur les cahiers de textes") is not.
 */
final class QuestionFocus {
  private static final Pattern AFTER_QUEL = Pattern.compile(
      "\\bquel(?:le)?s?\\s+(?:(?:est|sont)\\s+)?(?:(?:le|la|les|l')\\s*)?(\\p{L}[\\p{L}-]*)");
  private static final Pattern BEFORE_VERB = Pattern.compile(
      "(\\p{L}[\\p{L}-]*)\\s+a\\s+(?:mettre|choisir|donner|cocher|indiquer|selectionner|attribuer"
          + "|saisir|utiliser)\\b");
  private static final Pattern NUMBER_QUESTION = Pattern.compile("\\bcombien\\b");
  /** After the focus word: a separator, a quote or a capitalised word (optionally after "de"). */
  private static final Pattern VALUE_FOLLOWS = Pattern.compile(
      "^(?:\\(s\\))?\\s*(?:[:?=→]\\s*|[«\"“]\\s*|\\s+)[«\"“]?\\s*[\\p{Lu}\\d]");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final QuestionFocus NONE = new QuestionFocus(Set.of(), false, true);

  private final Set<String> focusTerms;
  private final boolean wantsNumber;
  private final boolean known;

  private QuestionFocus(Set<String> focusTerms, boolean wantsNumber, boolean known) {
    this.focusTerms = Set.copyOf(focusTerms);
    this.wantsNumber = wantsNumber;
    this.known = known;
  }

  /**
   * The focus of {@code question}: the index terms of the concept it asks for (with its glossary
   * synonyms) and whether it asks for a number. {@code analyzer} must be the index analyzer.
   */
  static QuestionFocus of(String question, List<Concept> concepts, Analyzer analyzer) {
    String folded = TextNormalizer.fold(question);
    boolean number = NUMBER_QUESTION.matcher(folded).find();
    String word = focusWord(folded);
    if (word == null) {
      return number ? new QuestionFocus(Set.of(), true, true) : NONE;
    }
    Set<String> wordTerms = new HashSet<>();
    analyse(analyzer, word, (term, start, end) -> wordTerms.add(term));
    Set<String> focus = new HashSet<>(wordTerms);
    boolean known = true;
    for (Concept concept : concepts) {
      boolean isFocus = concept.alternatives().stream().anyMatch(form -> form.size() == 1
          && wordTerms.contains(form.get(0)));
      if (isFocus) {
        known = concept.known();
        concept.alternatives().stream().filter(form -> form.size() == 1)
            .forEach(form -> focus.add(form.get(0)));
      }
    }
    return new QuestionFocus(focus, number, known);
  }

  private static String focusWord(String folded) {
    Matcher quel = AFTER_QUEL.matcher(folded);
    if (quel.find()) {
      return quel.group(1);
    }
    Matcher verb = BEFORE_VERB.matcher(folded);
    return verb.find() ? verb.group(1) : null;
  }

  /** False when the guides never mention what the question asks for (e.g. "salaire"). */
  boolean isKnown() {
    return known;
  }

  boolean isEmpty() {
    return focusTerms.isEmpty() && !wantsNumber;
  }

  /** True when {@code line} gives a value for what the question asks. */
  boolean isCrux(String line, Analyzer analyzer) {
    if (wantsNumber && DIGIT.matcher(line).find()) {
      return true;
    }
    if (focusTerms.isEmpty()) {
      return false;
    }
    boolean[] crux = {false};
    analyse(analyzer, line, (term, start, end) -> {
      if (!crux[0] && focusTerms.contains(term)
          && VALUE_FOLLOWS.matcher(line.substring(end)).find()) {
        crux[0] = true;
      }
    });
    return crux[0];
  }

  private interface TokenSink {
    void accept(String term, int start, int end);
  }

  private static void analyse(Analyzer analyzer, String text, TokenSink sink) {
    try (TokenStream stream = analyzer.tokenStream("content", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw KnowledgeException.failure("échec de l'analyse d'une question.", e);
    }
  }
}
