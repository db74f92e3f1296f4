-- Baseline of the bot database. Each concern adds its own migration beside this one:
-- V1__tickets.sql (tickets), V2__reminders.sql (reminder posts), V3__audit.sql (audit log).
CREATE TABLE IF NOT EXISTS app_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO app_info (key, value) VALUES ('created_by', 'entbot');
