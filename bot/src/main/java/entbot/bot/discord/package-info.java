/**
 * The Discord channel (JDA 6): slash commands with autocomplete, buttons for confirmations,
 * modals to edit a ticket draft (with a screenshot upload) or answer its questions, reminders
 * posted in the team channel. Entry point: {@link entbot.bot.discord.DiscordChannel}.
 *
 * <p>Flow: interaction → {@link entbot.bot.discord.DiscordListener} (user + role, conversation =
 * channel and user) → {@link entbot.bot.chat.ChatBot} → {@link entbot.bot.discord.DiscordReplies}
 * (split within 2,000 characters, buttons on the last part, errors visible to the user only).
 */
package entbot.bot.discord;
