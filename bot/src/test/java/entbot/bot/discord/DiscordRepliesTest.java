package entbot.bot.discord;

import static entbot.bot.discord.DiscordMocks.member;
import static entbot.bot.discord.DiscordMocks.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import entbot.bot.chat.Reply;
import entbot.bot.discord.DiscordMocks.Answers;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;

class DiscordRepliesTest {
  @Test
  void aLongAnswerIsSentInPartsWithinDiscordsLimit() {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    Answers answers = wire(event, "1", member("Mme Admin"));
    String text = "Paragraphe du guide qui explique la procédure.\n".repeat(100);
    DiscordReplies.reply(event, Reply.of(text));
    assertEquals(1, answers.replies.size());
    assertTrue(answers.replies.get(0).length() <= 2000);
    assertEquals(2, answers.followUps.size());
    answers.followUps.forEach(p -> assertTrue(p.length() <= 2000));
    assertEquals(text.strip(), answers.replies.get(0) + "\n" + String.join("\n", answers.followUps));
  }

  @Test
  void anErrorIsEphemeral() {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    Answers answers = wire(event, "1", member("Mme Admin"));
    DiscordReplies.reply(event, Reply.error("Commande inconnue."));
    verify(answers.reply).setEphemeral(true);
  }
}
