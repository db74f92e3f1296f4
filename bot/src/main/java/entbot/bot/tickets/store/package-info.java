/**
 * Ticket storage in {@code entbot.db}: {@link entbot.bot.tickets.store.TicketStore} (migration
 * {@code db/bot/V1__tickets.sql}), with retention purge and the send markers that make retries
 * exactly-once.
 */
package entbot.bot.tickets.store;
