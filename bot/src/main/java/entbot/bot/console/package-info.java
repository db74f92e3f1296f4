/**
 * The console channel: the chat in a terminal, or fed by a pipe. Entry point: {@link
 * entbot.bot.console.ConsoleChannel}.
 *
 * <p>Flow: a line on stdin → a command ({@code /...}), a typed choice among the actions offered
 * ("oui", "envoyer", "annuler"...) or free text for the question asked → {@link
 * entbot.bot.chat.ChatBot} → reply on stdout. Due reminders are printed as they fall due.
 */
package entbot.bot.console;
