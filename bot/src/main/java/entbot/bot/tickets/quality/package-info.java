/**
 * Measuring ticket drafting: the bench dataset ({@link entbot.bot.tickets.quality.TicketDataset}),
 * the scorer ({@link entbot.bot.tickets.quality.TicketScorer}) and the naive baseline
 * ({@link entbot.bot.tickets.quality.NaiveDrafter}), used by {@code ./entbot bench tickets}.
 */
package entbot.bot.tickets.quality;
