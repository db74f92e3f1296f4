package entbot.bot.discord;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;

/**
 * Mockito stand-ins for JDA's interactions (the gateway cannot run in tests), recording what the
 * bot answered: the direct reply, the follow-ups after a deferral, and their visibility.
 */
final class DiscordMocks {
  /** What one interaction received. */
  static final class Answers {
    final List<String> replies = new ArrayList<>();
    final List<String> followUps = new ArrayList<>();
    ReplyCallbackAction reply;
    WebhookMessageCreateAction<?> followUp;
    ReplyCallbackAction defer;
    InteractionHook hook;
    @SuppressWarnings("rawtypes")
    RestAction delete;
  }

  private DiscordMocks() {}

  static Member member(String name, String... roles) {
    Member member = mock(Member.class);
    lenient().when(member.getEffectiveName()).thenReturn(name);
    List<Role> list = new ArrayList<>();
    for (String roleName : roles) {
      Role role = mock(Role.class);
      lenient().when(role.getName()).thenReturn(roleName);
      lenient().when(role.getId()).thenReturn("r-" + roleName);
      list.add(role);
    }
    lenient().when(member.getRoles()).thenReturn(list);
    return member;
  }

  /** Stubs who asked, where, and records every answer. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Answers wire(Interaction interaction, String userId, Member member) {
    User user = mock(User.class);
    lenient().when(user.getId()).thenReturn(userId);
    lenient().when(user.getName()).thenReturn("user-" + userId);
    lenient().when(interaction.getUser()).thenReturn(user);
    lenient().when(interaction.getMember()).thenReturn(member);
    lenient().when(interaction.getChannelId()).thenReturn("equipe-ent");
    Answers answers = new Answers();
    if (interaction instanceof IReplyCallback callback) {
      answers.reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
      answers.defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
      answers.hook = mock(InteractionHook.class);
      answers.followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
      answers.delete = mock(RestAction.class);
      lenient().when(callback.reply(anyString())).thenAnswer(call -> {
        answers.replies.add(call.getArgument(0));
        return answers.reply;
      });
      lenient().when(callback.deferReply()).thenReturn(answers.defer);
      lenient().when(callback.getHook()).thenReturn(answers.hook);
      lenient().when(answers.hook.sendMessage(anyString())).thenAnswer(call -> {
        answers.followUps.add(call.getArgument(0));
        return answers.followUp;
      });
      lenient().when(answers.hook.deleteOriginal()).thenReturn(answers.delete);
    }
    return answers;
  }

  static void options(SlashCommandInteraction event, String name, String sub,
      Map<String, String> options) {
    lenient().when(event.getName()).thenReturn(name);
    lenient().when(event.getSubcommandName()).thenReturn(sub);
    options.forEach((key, value) -> {
      OptionMapping option = mock(OptionMapping.class);
      lenient().when(option.getAsString()).thenReturn(value);
      lenient().when(event.getOption(key)).thenReturn(option);
    });
  }
}
