package entbot.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import entbot.bot.BotException;
import entbot.bot.reminders.DueReminder;
import entbot.bot.reminders.Reminder;
import entbot.bot.reminders.Schedule;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.junit.jupiter.api.Test;

class DiscordReminderPosterTest {
  private static final DueReminder DUE = new DueReminder(new Reminder("toussaint", "Toussaint",
      Schedule.parse("0 9 15 10 *"), "Retirer les anciens enseignants.", null, null, false),
      ZonedDateTime.parse("2026-10-15T09:00:00+02:00[Europe/Paris]"));

  @Test
  void postsTheReminderInTheConfiguredChannel() {
    MessageChannel channel = mock(MessageChannel.class);
    List<String> sent = new ArrayList<>();
    when(channel.sendMessage(any(CharSequence.class))).thenAnswer(call -> {
      sent.add(call.getArgument(0).toString());
      return mock(MessageCreateAction.class);
    });
    new DiscordReminderPoster(id -> "equipe".equals(id) ? channel : null, "equipe").accept(DUE);
    assertEquals(List.of("Rappel : Toussaint\nRetirer les anciens enseignants."), sent);
  }

  @Test
  void anUnknownChannelFailsSoThatThePostIsRetried() {
    assertThrows(BotException.class,
        () -> new DiscordReminderPoster(id -> null, "absent").accept(DUE));
  }
}
