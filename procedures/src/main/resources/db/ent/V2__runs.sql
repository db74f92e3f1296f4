-- Procedure runs and the per-entity before/after states they recorded (JSON objects of the row's
-- columns, NULL when the row did not exist). Undo restores the before-states.
CREATE TABLE run (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  procedure  TEXT NOT NULL,
  params     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  undo_of    INTEGER REFERENCES run(seq),
  undone_by  INTEGER REFERENCES run(seq)
);

CREATE TABLE run_change (
  run_seq    INTEGER NOT NULL REFERENCES run(seq),
  ord        INTEGER NOT NULL,
  step       TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  before     TEXT,
  after      TEXT,
  PRIMARY KEY (run_seq, ord)
);
CREATE INDEX run_change_entity ON run_change(entity, entity_key);
