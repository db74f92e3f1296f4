-- "Associer un AESH" on a pupil's record (Scolarité > Fiches élèves): the AESH or tutor follows the pupil.
CREATE TABLE aesh_link (
  uai   TEXT NOT NULL REFERENCES school(uai),
  pupil TEXT NOT NULL REFERENCES app_user(login),
  aesh  TEXT NOT NULL REFERENCES app_user(login),
  PRIMARY KEY (uai, pupil, aesh)
);
