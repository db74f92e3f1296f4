/**
 * The entbot application. Entry point: {@link entbot.bot.cli.Main}; the one exception of the
 * module is {@link entbot.bot.BotException}. Features live in sub-packages: {@code cli},
 * {@code chat} with its channels {@code console} and {@code discord}, {@code tickets},
 * {@code reminders}, {@code audit}, {@code llm}, {@code store}, {@code bench}.
 */
package entbot.bot;
