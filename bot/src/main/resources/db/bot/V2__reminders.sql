-- Reminders: the custom ones added with `remind add` (the calendar's own live in calendar.yaml),
-- and every post made, keyed by reminder and scheduled occurrence so that a post is never repeated.
CREATE TABLE reminder (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  schedule   TEXT NOT NULL,
  text       TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE reminder_post (
  reminder_id  TEXT NOT NULL,
  scheduled_at TEXT NOT NULL,  -- ISO-8601 instant (UTC) of the occurrence
  posted_at    TEXT NOT NULL,
  PRIMARY KEY (reminder_id, scheduled_at)
);
