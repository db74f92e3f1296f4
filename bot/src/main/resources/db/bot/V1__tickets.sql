-- Tickets drafted by entbot (issue 5). A ticket goes draft -> pending -> sent.
-- `draft_json` holds the drafted fields, personal data included: rows are purged after the
-- retention period (ENTBOT_TICKET_RETENTION_DAYS), attachments with them (ON DELETE CASCADE).
-- `send_started` is written, and committed, just before the helpdesk is asked to create the
-- ticket: a retry that finds it set without `remote_id` first asks the helpdesk whether the ticket
-- (found by the entbot reference written in its content) already exists, so it is never sent twice.
CREATE TABLE ticket (
  id           TEXT PRIMARY KEY,
  created      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('draft', 'pending', 'sent')),
  route        TEXT NOT NULL,
  service      TEXT,
  draft_json   TEXT NOT NULL,
  duplicate_of TEXT,
  remote_id    TEXT,
  send_started TEXT,
  sent_at      TEXT
);
CREATE INDEX ticket_status ON ticket (status);
CREATE INDEX ticket_created ON ticket (created);

CREATE TABLE ticket_attachment (
  ticket_id          TEXT NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
  seq                INTEGER NOT NULL,
  file_name          TEXT NOT NULL,
  content            BLOB NOT NULL,
  remote_document_id TEXT,
  linked             INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (ticket_id, seq)
);
