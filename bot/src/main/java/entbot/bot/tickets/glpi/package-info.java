/**
 * Submission to a GLPI helpdesk: {@link entbot.bot.tickets.glpi.TicketSubmitter} (exactly-once
 * sending over {@link entbot.bot.tickets.glpi.GlpiClient}, route → category and urgency through
 * {@link entbot.bot.tickets.glpi.GlpiMapping}).
 */
package entbot.bot.tickets.glpi;
