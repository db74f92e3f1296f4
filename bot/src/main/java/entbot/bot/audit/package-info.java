/**
 * The audit log of the chat: who applied or undid a procedure, who submitted a ticket, when.
 * Entry point: {@link entbot.bot.audit.AuditLog}, stored in {@code entbot.db} (migration V3).
 */
package entbot.bot.audit;
