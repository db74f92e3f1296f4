package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  @BeforeEach
  void demo() {
    CliRunner.Result init = CliRunner.run("ent", "--data", data.toString(), "init", "--demo");
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("0820588U"), init.out());
  }

  @Test
  void usersListsTheContractsFieldsAndFiltersByGroup() throws Exception {
    CliRunner.Result result = CliRunner.run("ent", "--data", data.toString(), "--json", "users", "--group", "310");
    assertEquals(0, result.exitCode(), result.err());
    JsonNode users = JSON.readTree(result.out()).get("users");
    assertEquals(22, users.size());
    JsonNode first = users.get(0);
    for (String field : new String[] {"login", "firstName", "lastName", "profile", "groups", "functions"}) {
      assertTrue(first.has(field), field + " in " + first);
    }
    assertEquals("Élève", first.get("profile").asText());
    assertTrue(first.get("groups").toString().contains("\"310\""));

    JsonNode head = JSON.readTree(CliRunner.run("ent", "--data", data.toString(), "users", "--json", "--group",
        "GA_Chef Etablissement").out()).get("users").get(0);
    assertEquals("DIRECTION", head.get("functions").get(0).get("function").asText());
  }

  @Test
  void groupsRightsAndRubriquesFollowTheContract() throws Exception {
    JsonNode groups = JSON.readTree(CliRunner.run("ent", "--data", data.toString(), "--json", "groups").out());
    JsonNode cpe = null;
    for (JsonNode group : groups.get("groups")) {
      if (group.get("name").asText().equals("GA_CPE")) {
        cpe = group;
      }
    }
    assertEquals("fonctionnel", cpe.get("type").asText());
    assertEquals(2, cpe.get("members").size());

    JsonNode rights = JSON.readTree(CliRunner.run("ent", "--data", data.toString(), "--json", "rights", "--rubrique",
        "Classes/Classe 310").out()).get("rights");
    JsonNode pupils = rights.get(1);
    assertEquals("310", pupils.get("target").asText());
    assertEquals("Élève", pupils.get("profile").asText());
    assertEquals("", pupils.get("function").asText());
    assertEquals("Rédacteur", pupils.get("role").asText());

    JsonNode service = JSON.readTree(CliRunner.run("ent", "--data", data.toString(), "--json", "rights", "--service",
        "Cahier de textes").out()).get("rights").get(0);
    assertEquals("CLG-OLYMPE DE GOUGES-ac-TOULOUSE (0820588U)", service.get("target").asText());

    JsonNode rubriques = JSON.readTree(CliRunner.run("ent", "--data", data.toString(), "--json", "rubriques").out());
    assertTrue(rubriques.get("rubriques").toString().contains("\"Classes/Classe 310\""));
  }

  @Test
  void unknownServiceOrMissingTargetIsBadInput() {
    CliRunner.Result unknown = CliRunner.run("ent", "--data", data.toString(), "rights", "--service", "Télépathie");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Service inconnu"), unknown.err());
    CliRunner.Result none = CliRunner.run("ent", "--data", data.toString(), "rights");
    assertEquals(2, none.exitCode());
    assertEquals(2, CliRunner.run("ent", "--data", data.toString()).exitCode());
  }

  @Test
  void importRejectsAWholeFileWithABadLineAndExitsWithTwo() throws Exception {
    Path csv = data.resolve("export.csv");
    Files.writeString(csv, "uai;profil;prenom;nom\n0820588U;Parent;Anne;Valide\n0820588U;Chef;Anne;Invalide\n");
    CliRunner.Result bad = CliRunner.run("ent", "--data", data.toString(), "import", csv.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("ligne 3") && bad.err().contains("rien n'a été importé"), bad.err());
    assertEquals("", CliRunner.run("ent", "--data", data.toString(), "users", "--name", "Valide").out()
        .replace("0 utilisateur(s).", "").strip());

    Files.writeString(csv, "uai;profil;prenom;nom\n0820588U;Parent;Anne;Valide\n");
    CliRunner.Result good = CliRunner.run("ent", "--data", data.toString(), "import", csv.toString());
    assertEquals(0, good.exitCode(), good.err());
    assertTrue(good.out().contains("1 compte(s) créé(s)"), good.out());
  }
}
