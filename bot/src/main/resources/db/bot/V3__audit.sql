-- Audit log: every applied (or undone) procedure and submitted ticket: who, when, what.
-- `detail` holds identifiers and statuses only, never pupil names.
CREATE TABLE audit_log (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL,  -- ISO-8601 instant (UTC)
  actor  TEXT NOT NULL,  -- the staff member, as the channel names them
  action TEXT NOT NULL,  -- procedure.apply, procedure.undo, ticket.submit
  target TEXT NOT NULL,  -- procedure id or ticket id
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
