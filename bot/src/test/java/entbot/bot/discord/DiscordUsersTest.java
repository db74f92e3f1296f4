package entbot.bot.discord;

import static entbot.bot.discord.DiscordMocks.member;
import static entbot.bot.discord.DiscordMocks.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;

class DiscordUsersTest {
  @Test
  void theRoleMatchesByNameIgnoringCaseOrById() {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    wire(event, "42", member("Mme Admin", "Admins ENT"));
    assertTrue(new DiscordUsers("admins ent").from(event).authorized());
    assertTrue(new DiscordUsers("r-Admins ENT").from(event).authorized());
    assertEquals("Mme Admin", new DiscordUsers("x").from(event).name());
    assertEquals("equipe-ent:42", DiscordUsers.conversation(event));
  }

  @Test
  void withoutAConfiguredRoleOrOutsideAServerNobodyIsAuthorised() {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    wire(event, "42", member("Mme Admin", "Admins ENT"));
    assertFalse(new DiscordUsers(null).from(event).authorized());
    SlashCommandInteractionEvent direct = mock(SlashCommandInteractionEvent.class);
    wire(direct, "42", null);
    assertFalse(new DiscordUsers("Admins ENT").from(direct).authorized());
  }
}
