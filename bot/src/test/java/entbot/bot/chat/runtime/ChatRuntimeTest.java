package entbot.bot.chat.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entbot.bot.chat.ChatUser;
import entbot.bot.chat.Reply;
import entbot.bot.chat.Request;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatRuntimeTest {
  private static final ChatUser OPERATOR = new ChatUser("console", "operateur", true);

  @Test
  void theChatRunsOnTheRealFeaturesOfAFreshDataFolder(@TempDir Path data) {
    try (ChatRuntime runtime =
        ChatRuntime.open(data, BotConfig.load(data, Map.of()), Clock.systemUTC())) {
      Reply list = runtime.bot().handle(OPERATOR, "c", Request.parse("/procedure list"));
      assertTrue(list.text().contains("aesh-entmip"), list.text());

      Reply ask = runtime.bot().handle(OPERATOR, "c",
          Request.parse("/ask Comment importer les identifiants Pronote ?"));
      assertFalse(ask.error(), ask.text());
      assertTrue(ask.text().contains("Sources :"), ask.text());

      Reply ticket = runtime.bot().handle(OPERATOR, "c",
          Request.parse("/ticket Margaux Perrot en 5A n'arrive pas à se connecter à Pronote"));
      assertFalse(ticket.error(), ticket.text());
      assertTrue(runtime.bot().currentTicket("c").isPresent());
    }
  }

  @Test
  void anEmptyModelGivesAFrenchAnswerNotAFailure(@TempDir Path data) {
    try (ChatRuntime runtime =
        ChatRuntime.open(data, BotConfig.load(data, Map.of()), Clock.systemUTC())) {
      Reply plan = runtime.bot().handle(OPERATOR, "c",
          Request.parse("/procedure plan aesh-entmip classe=310 prenom=Camille nom=Martin"));
      assertFalse(plan.text().contains("Exception"), plan.text());
      assertFalse(plan.text().isBlank());
    }
  }
}
