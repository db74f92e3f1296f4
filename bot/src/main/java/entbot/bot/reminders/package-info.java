/**
 * Scheduled reminders of the school-year admin calendar. Entry point: {@link
 * entbot.bot.reminders.ReminderService} (list, due, run, add, remove); {@link
 * entbot.bot.reminders.ReminderTicker} runs it every minute inside the bot.
 *
 * <p>Flow: bundled {@code calendar.yaml} (or {@code DATA/calendar.yaml}) + custom reminders in
 * {@code entbot.db} → {@link entbot.bot.reminders.Schedule} (cron, Europe/Paris) → latest
 * occurrence within the grace window → not yet in {@code reminder_post} → posted and recorded.
 */
package entbot.bot.reminders;
