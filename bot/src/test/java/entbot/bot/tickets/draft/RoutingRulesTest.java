package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingRulesTest {
  @TempDir Path dir;

  private static final String MINIMAL = """
      default: {route: editeur-ent, reason: "par défaut", summary: "Incident", attachment: "une capture"}
      rules:
        - id: cantine
          route: etablissement
          weight: 3
          patterns: ['cantine']
          reason: "La cantine est gérée par l'établissement."
          summary: "Cantine"
          attachment: "le menu"
      """;

  @Test
  void routesWithAnEditedRulesFileWithoutAnyCodeChange() throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, MINIMAL);
    Router router = new Router(RoutingRules.load(file));

    assertEquals("etablissement", router.route(Fold.fold("Le menu de la CANTINE n'apparaît pas")).route());
    assertEquals("editeur-ent", router.route(Fold.fold("rien de connu")).route());
    assertEquals("par défaut", router.route("rien").reason());
  }

  @Test
  void routesTheGuidesDesksWithTheBundledRules() {
    Router router = new Router(RoutingRules.bundled());
    assertEquals("editeur-pronote", router.route(Fold.fold("impossible d'accéder à pronot")).route());
    assertEquals("dsi-academique", router.route(Fold.fold("n'est plus dans l'annuaire, compte écrasé")).route());
    assertEquals("editeur-ent", router.route(Fold.fold("messages de rejet pour un compte enseignant")).route());
    assertEquals("assistance-gar", router.route(Fold.fold("manuel absent du Médiacentre")).route());
    assertEquals("etablissement", router.route(Fold.fold("doublon de responsable dans SIECLE")).route());
    assertEquals("etablissement", router.route(Fold.fold("emploi du temps faux après l'export EDT")).route());
  }

  @Test
  void refusesAnUnknownKeyNamingIt() throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, MINIMAL.replace("weight: 3", "weight: 3\n    poids: 4"));
    BotException e = assertThrows(BotException.class, () -> RoutingRules.load(file));
    assertTrue(e.isBadInput());
    assertTrue(e.getMessage().contains("poids"), e.getMessage());
  }

  @Test
  void refusesARouteOutsideTheContract() throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, MINIMAL.replace("route: etablissement", "route: mairie"));
    BotException e = assertThrows(BotException.class, () -> RoutingRules.load(file));
    assertTrue(e.getMessage().contains("mairie"), e.getMessage());
  }

  @Test
  void refusesABrokenPattern() throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, MINIMAL.replace("['cantine']", "['cant(ine']"));
    assertThrows(BotException.class, () -> RoutingRules.load(file));
  }

  @Test
  void rewritesFrequentMisspellingsAsWholeWords() {
    Router router = new Router(RoutingRules.bundled());
    assertEquals("accès à Pronote via l'ENT", router.correctSpelling("accès à pronot via l'ent"));
    assertEquals("entrée", router.correctSpelling("entrée"));
  }
}
