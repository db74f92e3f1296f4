/**
 * Ticket drafting, rules only: {@link entbot.bot.tickets.draft.TicketDrafter} assembles the
 * stages split ({@link entbot.bot.tickets.draft.Segmenter}, {@link entbot.bot.tickets.draft.IncidentSplitter})
 * → extract ({@link entbot.bot.tickets.draft.FactExtractor}) → route
 * ({@link entbot.bot.tickets.draft.Router} over the editable {@code routing-rules.yaml}) → write
 * ({@link entbot.bot.tickets.draft.TicketWriter}) → check ({@link entbot.bot.tickets.draft.TicketChecker}).
 */
package entbot.bot.tickets.draft;
