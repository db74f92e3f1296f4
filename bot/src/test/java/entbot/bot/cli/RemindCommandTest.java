package entbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private CliRunner.Result remind(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "remind";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--data";
    all[args.length + 2] = data.toString();
    return CliRunner.run(all);
  }

  @Test
  void listGivesEveryReminderWithItsCronAndNextDate() throws Exception {
    CliRunner.Result result = remind("list", "--json");
    assertEquals(0, result.exitCode(), result.err());
    JsonNode reminders = JSON.readTree(result.out()).get("reminders");
    assertTrue(reminders.size() >= 12);
    for (JsonNode r : reminders) {
      assertFalse(r.get("id").asText().isEmpty());
      assertFalse(r.get("title").asText().isEmpty());
      assertEquals(5, r.get("schedule").asText().split(" ").length);
      assertTrue(r.get("next").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"));
    }
  }

  @Test
  void runPostsWhatIsDueOnceAndDueChangesNothing() throws Exception {
    JsonNode due = JSON.readTree(remind("due", "--at", "2026-07-02T09:00:00+02:00", "--json").out());
    assertEquals("siecle-fiches-bloquantes", due.get("due").get(due.get("due").size() - 1)
        .get("id").asText());
    JsonNode again = JSON.readTree(remind("due", "--at", "2026-07-02T09:00:00+02:00", "--json").out());
    assertEquals(due, again);

    CliRunner.Result run = remind("run", "--at", "2026-07-02T09:00:00+02:00", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode posted = JSON.readTree(run.out()).get("due");
    assertEquals(due.get("due").size(), posted.size());
    assertTrue(posted.get(0).get("text").asText().contains("Source : "));

    JsonNode second = JSON.readTree(remind("run", "--at", "2026-07-02T09:00:00+02:00", "--json").out());
    assertEquals(0, second.get("due").size());
  }

  @Test
  void aCustomReminderIsAddedListedDueAndRemoved() throws Exception {
    CliRunner.Result add = remind("add", "--id", "conseil-classe", "--schedule", "0 8 1 12 *",
        "--text", "Préparer les conseils de classe.");
    assertEquals(0, add.exitCode(), add.err());
    JsonNode due = JSON.readTree(remind("due", "--at", "2026-12-01T08:00", "--json").out());
    assertEquals("conseil-classe", due.get("due").get(0).get("id").asText());
    assertEquals(0, remind("remove", "conseil-classe").exitCode());
    assertFalse(remind("list").out().contains("conseil-classe"));
  }

  @Test
  void aBadCronABadDateAndAMissingOptionExitWithTwo() {
    CliRunner.Result badCron = remind("add", "--id", "x", "--schedule", "lundi", "--text", "t");
    assertEquals(2, badCron.exitCode());
    assertTrue(badCron.err().contains("Planification invalide « lundi »"), badCron.err());
    assertFalse(remind("list").out().contains("- x "));

    CliRunner.Result badDate = remind("due", "--at", "demain");
    assertEquals(2, badDate.exitCode());
    assertTrue(badDate.err().contains("Date invalide"), badDate.err());

    CliRunner.Result missing = remind("run");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("--at"), missing.err());

    assertEquals(2, remind("remove", "inconnu").exitCode());
  }
}
