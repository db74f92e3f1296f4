/**
 * Tickets: {@link entbot.bot.tickets.TicketService} is the entry point (draft, amend, edit,
 * attach, cancel, submit, retry, list). Drafting lives in {@code draft}, storage in {@code store},
 * GLPI submission in {@code glpi}.
 */
package entbot.bot.tickets;
