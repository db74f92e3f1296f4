/**
 * Assembles the running bot: configuration ({@link entbot.bot.chat.runtime.BotConfig}, from the
 * environment and an optional file), the features behind the chat's ports, the reminders and the
 * audit log. Entry point: {@link entbot.bot.chat.runtime.ChatRuntime}.
 */
package entbot.bot.chat.runtime;
