/**
 * The bot's embedded SQLite database. Entry point: {@link entbot.bot.store.BotDatabase}, which
 * migrates {@code classpath:db/bot} with Flyway when it opens.
 */
package entbot.bot.store;
