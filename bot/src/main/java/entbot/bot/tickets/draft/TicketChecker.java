package entbot.bot.tickets.draft;

import entbot.bot.tickets.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Check stage: what the ticket still lacks for the desk (the contract's {@code missing}:
 * {@code people}, {@code attachments}) and the French follow-up questions to ask the admin, the
 * attachment question naming what this kind of incident needs (the rejection CSV for a rejected
 * account, the screenshot of the message for an overwritten one).
 */
public final class TicketChecker {
  public static final String MISSING_PEOPLE = "people";
  public static final String MISSING_ATTACHMENTS = "attachments";

  /** The outcome: missing items and questions, in the order they should be asked. */
  public record Check(List<String> missing, List<String> questions) {
    public Check {
      missing = List.copyOf(missing);
      questions = List.copyOf(questions);
    }
  }

  public Check check(Facts facts, Router.RouteDecision decision, int attachmentCount) {
    List<String> missing = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    if (!facts.describesProblem() || decision.score() == 0) {
      questions.add("Que se passe-t-il exactement, et sur quel service (Pronote, EduConnect, ENT, "
          + "Médiacentre, emploi du temps...) ?");
    }
    List<Person> people = facts.people();
    if (people.isEmpty()) {
      if (facts.classes().isEmpty()) {
        missing.add(MISSING_PEOPLE);
        questions.add("Quelles personnes sont concernées (prénom, nom et profil : élève, parent, "
            + "enseignant, AESH...) et dans quelle classe ou quel groupe ?");
      } else {
        questions.add("Quels élèves ou personnels de " + String.join(", ", facts.classes())
            + " sont concernés (prénom, nom, profil) ?");
      }
    } else {
      boolean profileMissing = false;
      for (Person person : people) {
        if (person.profile() == null) {
          profileMissing = true;
          questions.add("Quel est le profil de " + person.displayName()
              + " (élève, parent, enseignant, AESH, CPE...) ?");
        } else if (person.profile().equals("Élève") && facts.classes().isEmpty()) {
          questions.add("Dans quelle classe est " + person.displayName() + " ?");
        }
      }
      if (profileMissing) {
        missing.add(MISSING_PEOPLE);
      }
    }
    if (!facts.attachmentMentioned() && attachmentCount == 0) {
      missing.add(MISSING_ATTACHMENTS);
      questions.add("Pouvez-vous joindre " + decision.attachment() + " ?");
    }
    if (facts.since() == null) {
      questions.add("Depuis quand le problème se produit-il ?");
    }
    if (facts.affectedUsers() == null && people.size() <= 1) {
      questions.add("D'autres utilisateurs sont-ils touchés ? Si oui, combien ?");
    }
    return new Check(missing, questions);
  }
}
