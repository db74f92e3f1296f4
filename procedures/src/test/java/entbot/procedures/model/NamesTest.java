package entbot.procedures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.procedures.ProcedureException;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void loginsDropAccentsAndJoinFirstAndLastNameWithADot() {
    assertEquals("frederic.dupont", Names.loginBase("Frédéric", "Dupont"));
    assertEquals("anne-sophie.le-gall", Names.loginBase("Anne-Sophie", "Le Gall"));
    assertEquals("zoe.ndiaye", Names.loginBase("Zoé", "N'Diaye"));
  }

  @Test
  void normalisedNamesIgnoreCaseAccentsAndHyphens() {
    assertEquals(Names.normalize("ÉLODIE  Saint-Martin"), Names.normalize("elodie saint martin"));
    assertEquals(1, Names.distance("nathalie", "natalie"));
    assertEquals(1, Names.distance("dupont", "duopnt"), "a swap is one typo");
  }

  @Test
  void typosSpreadOverBothNamesOrAnInvertedOrderStillLookAlike() {
    assertEquals(2, Names.typos("Fredric", "Dupond", "Frédéric", "Dupont").getAsInt());
    assertEquals(1, Names.typos("Natalie", "Ferrand", "Nathalie", "Ferrand").getAsInt());
    assertEquals(0, Names.typos("FRÉDÉRIC", "dupont", "Frédéric", "Dupont").getAsInt());
    assertEquals(1, Names.typos("Dupont", "Frédéric", "Frédéric", "Dupont").getAsInt(), "swapped, never exact");
    assertEquals(2, Names.typos("Dupond", "Fredric", "Frédéric", "Dupont").getAsInt());
  }

  @Test
  void differentPeopleWithCloseNamesDoNotLookAlike() {
    assertTrue(Names.typos("Frédéric", "Colin", "Frédéric", "Robin").isEmpty(), "two letters of five differ");
    assertTrue(Names.typos("Hélène", "Aubert", "Hélène", "Robert").isEmpty());
    assertTrue(Names.typos("Léa", "Roux", "Léo", "Roux").isEmpty(), "one letter of a three-letter name");
    assertTrue(Names.typos("Nathalie", "Rivière", "Nathan", "Rivière").isEmpty());
    assertTrue(Names.typos("Fredric", "Dupon", "Frédéric", "Dupont").isPresent());
    assertTrue(Names.typos("Fredic", "Dupon", "Frédéric", "Dupont").isEmpty(), "three typos is another name");
  }

  @Test
  void uaiIsSevenDigitsAndALetter() {
    assertEquals("0820588U", new Uai("0820588U").value());
    ProcedureException e = assertThrows(ProcedureException.class, () -> new Uai("082058U"));
    assertTrue(e.isBadInput());
    assertThrows(ProcedureException.class, () -> new Uai("0820588u"));
  }

  @Test
  void profilesParseTheirFrenchLabelsLeniently() {
    assertEquals(Profile.ELEVE, Profile.parse("eleve"));
    assertEquals(Profile.NON_ENSEIGNANT, Profile.parse("Non-enseignant"));
    assertTrue(Profile.ENSEIGNANT.fedByDirectories());
    assertThrows(ProcedureException.class, () -> Profile.parse("Directeur"));
  }

  @Test
  void rubriqueRolesAllowWhatTheGuidesTableSays() {
    assertTrue(RubriqueRole.GESTIONNAIRE.may(RubriqueRole.Permission.GERER_ACTEURS));
    assertTrue(!RubriqueRole.MODERATEUR.may(RubriqueRole.Permission.CREER_RUBRIQUE));
    assertTrue(RubriqueRole.MODERATEUR.may(RubriqueRole.Permission.VALIDER_TOUT_CONTENU));
    assertTrue(!RubriqueRole.REDACTEUR.may(RubriqueRole.Permission.METTRE_EN_LIGNE_DIRECTEMENT));
    assertTrue(RubriqueRole.REDACTEUR_MISE_EN_LIGNE.may(RubriqueRole.Permission.METTRE_EN_LIGNE_DIRECTEMENT));
    assertEquals(RubriqueRole.REDACTEUR_MISE_EN_LIGNE, RubriqueRole.parse("Rédacteur avec mise en ligne"));
  }
}
