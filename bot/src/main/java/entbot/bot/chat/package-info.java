/**
 * The chat core, shared by the console and Discord channels and knowing nothing of either.
 * Entry point: {@link entbot.bot.chat.ChatBot} (commands, clicks, free text).
 *
 * <p>Flow: channel → {@link entbot.bot.chat.Request} → rate limit → handler ({@code /ask},
 * {@code /ticket}, {@code /procedure}, {@code /remind}, {@code /help}) → ports ({@link
 * entbot.bot.chat.KnowledgePort}, {@link entbot.bot.chat.ProcedurePort}, {@link
 * entbot.bot.chat.TicketPort}) → {@link entbot.bot.chat.Reply} with its {@link
 * entbot.bot.chat.Action}s → channel. Multi-turn state per conversation in {@link
 * entbot.bot.chat.Conversations}; applied procedures and sent tickets go to the audit log.
 */
package entbot.bot.chat;
