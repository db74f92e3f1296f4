package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import entbot.bot.tickets.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleExtractorTest {
  private final PeopleExtractor extractor = new PeopleExtractor(NameLexicon.bundled());

  private Person only(String text) {
    List<Person> people = extractor.people(text);
    assertEquals(1, people.size(), () -> text + " -> " + people);
    return people.get(0);
  }

  @Test
  void putsAFirstNameWrittenSecondBackInFirstPlace() {
    Person p = only("messages de rejet pour le compte enseignant Dimitaux Christophe");
    assertEquals("Christophe", p.firstName());
    assertEquals("Dimitaux", p.lastName());
    assertEquals("Enseignant", p.profile());
  }

  @Test
  void readsCapitalisedSurnamesAndLowerCaseNames() {
    Person caps = only("compte de Mme FAURE Isabelle écrasé");
    assertEquals("Isabelle", caps.firstName());
    assertEquals("Faure", caps.lastName());
    assertEquals("Mme", caps.civility());
    Person lower = only("margaux perrot élève de 5A impossible pronot");
    assertEquals("Margaux", lower.firstName());
    assertEquals("Élève", lower.profile());
  }

  @Test
  void givesTheProfileWrittenInParenthesesAndInfersAPupilFromAClass() {
    assertEquals("Parent", only("Rola Mohamed n'est plus dans l'annuaire (parent)").profile());
    assertEquals("Élève", only("Lucas Moreau (4C) n'a plus Pronote").profile());
    assertEquals("AESH", only("l'AESH Karima Haddad n'a pas de compte").profile());
  }

  @Test
  void tellsTheParentFromThePupilInARelation() {
    List<Person> apposition = extractor.people("la mère de Inès Bakri, Mme Bakri Samia, n'apparait plus");
    assertEquals(List.of("Élève", "Parent"), apposition.stream().map(Person::profile).toList());
    List<Person> before = extractor.people("Mme Petit Claire, maman de Hugo Petit (6A), ne peut plus");
    assertEquals(List.of("Parent", "Élève"), before.stream().map(Person::profile).toList());
  }

  @Test
  void findsNoPersonInOrdinaryWordsServicesOrSentenceStarts() {
    assertEquals(List.of(), extractor.people("Le blog de l'établissement affiche une page blanche"));
    assertEquals(List.of(), extractor.people("Pronote Index Education ENT Médiacentre"));
    assertEquals(List.of(), extractor.people("Impossible de se connecter depuis Lundi"));
    assertEquals(List.of(), extractor.people(""));
  }
}
