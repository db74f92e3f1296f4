package entbot.bot.tickets.glpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.BotException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GlpiMappingTest {
  private static GlpiMapping parse(String yaml) throws Exception {
    return GlpiMapping.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void mapsEveryRouteOfTheContract() {
    GlpiMapping mapping = GlpiMapping.bundled();
    assertEquals(4, mapping.target("dsi-academique").urgency());
    assertTrue(mapping.target("editeur-pronote").category() > 0);
  }

  @Test
  void refusesAMappingThatForgetsARoute() {
    BotException e = assertThrows(BotException.class, () -> parse(
        "routes:\n  editeur-pronote: {category: 1, urgency: 3}\n"));
    assertTrue(e.getMessage().contains("dsi-academique"), e.getMessage());
  }

  @Test
  void refusesAnUrgencyOutsideGlpisScale() {
    String yaml = "routes:\n"
        + "  editeur-pronote: {category: 1, urgency: 9}\n  dsi-academique: {category: 2, urgency: 3}\n"
        + "  editeur-ent: {category: 3, urgency: 3}\n  assistance-gar: {category: 4, urgency: 3}\n"
        + "  etablissement: {category: 5, urgency: 3}\n";
    BotException e = assertThrows(BotException.class, () -> parse(yaml));
    assertTrue(e.getMessage().contains("urgency"), e.getMessage());
  }

  @Test
  void refusesAnInvalidHelpdeskAddress() {
    BotException e = assertThrows(BotException.class,
        () -> new GlpiClient("pas une adresse", "a", "u", java.time.Duration.ofSeconds(1)));
    assertTrue(e.isBadInput());
  }
}
