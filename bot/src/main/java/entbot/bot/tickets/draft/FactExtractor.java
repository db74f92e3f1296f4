package entbot.bot.tickets.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extract stage: people, classes, since when, users affected, attachments mentioned. */
public final class FactExtractor {
  // Folded text. "depuis la rentrée", "depuis le 12 septembre", "depuis 3 jours", "ce matin"...
  private static final Pattern SINCE = Pattern.compile(
      "\\b(?:depuis|a partir d[eu]|a compter d[eu])\\s+((?:le |la |les |ce |cet |cette |une |un |des |plus d.|quelques |plusieurs |hier|aujourd.hui|ce matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\d|deux |trois |quatre |cinq |dix |quinze |janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|longtemps|toujours|debut|fin )"
          + "(?:(?!(?:et|mais|car|donc|alors|il|elle|ils|elles|on|je|nous|pour)\\b)[\\p{L}\\d'/-]+\\s*){0,4})"
          + "|\\b(ce matin|hier( soir| matin)?|aujourd.hui|cette semaine|la semaine derniere|ce week-end|avant-hier)\\b");
  private static final Pattern AFFECTED = Pattern.compile(
      "\\b((?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|plusieurs|quelques|de nombreu(?:x|ses)|beaucoup d.|une? (?:dizaine|vingtaine|trentaine|centaine) d.|tou(?:s|tes) les|la plupart des|la moitie des)\\s*(?:des\\s+)?(?:eleves|parents|familles|enseignants|professeurs|profs|utilisateurs|comptes|personnes|collegues|aesh|responsables|classes))\\b"
          + "|\\b(toute la classe|toutes les classes|tout le college|tout le lycee|tout l.etablissement|tout le monde|toute l.equipe)\\b");
  private static final Pattern ATTACHMENT = Pattern.compile(
      "\\b(ci[- ]?joint\\w*|pieces? jointes?|en pj|pj|jointe?s?|je (vous )?joins|j.ai joint|vous trouverez)\\b");
  private static final Pattern PROBLEM = Pattern.compile(
      "\\b(impossible|n.arrive|narrive|arrive pas|ne (peu[tv]|parvien|fonctionn|march|s.affich|voi|recoi|trouv|s.ouvr|charg|recupere|apparai)\\w*|n.(a|ont|est|sont|apparai\\w*|acced\\w*|exist\\w*|affich\\w*|ouvr\\w*|obtien\\w*)\\b|plus (acces|d.acces)|pas (d.)?acces|erreurs?|bugs?|bloque\\w*|problemes?|soucis?|pb|pannes?|plante|disparu\\w*|absente?s?|manqu\\w+|ecrase\\w*|rejet\\w*|intempesti\\w+|doublons?|en double|vides?|incorrect\\w*|fausse?s?|inconnu\\w*|invalide|expire\\w*|lent\\w*|anomalies?|echou\\w*|echec|hs|perdu\\w*|oubli\\w*|refus\\w*|mauvaise?|pas (de|encore)|aucune?|ne .{0,30}\\b(pas|plus|jamais)\\b)");

  private final PeopleExtractor people;
  private final ClassExtractor classes = new ClassExtractor();

  public FactExtractor(PeopleExtractor people) {
    this.people = people;
  }

  public Facts extract(String text) {
    String folded = Fold.fold(text);
    return new Facts(text, people.people(text), classes.classes(text), since(text, folded),
        affected(text, folded), ATTACHMENT.matcher(folded).find(), describesProblem(folded));
  }

  /** True when the folded text states something going wrong (negation, error, missing...). */
  public static boolean describesProblem(String folded) {
    return PROBLEM.matcher(folded).find();
  }

  private static String since(String text, String folded) {
    Matcher m = SINCE.matcher(folded);
    if (!m.find()) {
      return null;
    }
    int start = m.group(1) != null ? m.start(1) : m.start(2);
    int end = m.group(1) != null ? m.end(1) : m.end(2);
    return text.substring(start, end).strip().replaceAll("[\\s,.;:!?]+$", "");
  }

  private static String affected(String text, String folded) {
    Matcher m = AFFECTED.matcher(folded);
    return m.find() ? text.substring(m.start(), m.end()).strip() : null;
  }
}
