package entbot.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTest {
  @Test
  void parsesTheCommandItsWordsAndItsRawText() {
    Request request = Request.parse("/Remind add conseil \"0 8 1 12 *\" Préparer  les conseils");
    assertEquals("remind", request.command());
    assertEquals(List.of("add", "conseil", "0 8 1 12 *", "Préparer", "les", "conseils"),
        request.args());
    assertEquals("add conseil \"0 8 1 12 *\" Préparer  les conseils", request.text());
  }

  @Test
  void frenchQuotesAndKeyValueQuotesGroupWords() {
    assertEquals(List.of("plan", "x", "nom=Martin Roux", "prenom=Zoé"),
        Request.parse("procedure plan x nom=\"Martin Roux\" prenom=« Zoé »").args());
  }

  @Test
  void anEmptyLineIsAnEmptyCommand() {
    Request request = Request.parse("   ");
    assertEquals("", request.command());
    assertEquals(List.of(), request.args());
  }
}
