-- The local model of the ENT. Every key column is TEXT NOT NULL and empty criteria are '' (never
-- NULL) so that primary keys really identify an access entry.
CREATE TABLE school (
  uai  TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE app_user (
  login      TEXT PRIMARY KEY,
  civility   TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name  TEXT NOT NULL,
  norm_first TEXT NOT NULL,
  norm_last  TEXT NOT NULL,
  profile    TEXT NOT NULL,
  source     TEXT NOT NULL,
  state      TEXT NOT NULL,
  uai        TEXT NOT NULL REFERENCES school(uai)
);
CREATE INDEX app_user_last ON app_user(norm_last, norm_first);
CREATE INDEX app_user_first ON app_user(norm_first, norm_last);
CREATE INDEX app_user_school ON app_user(uai, profile);

CREATE TABLE user_function (
  login      TEXT NOT NULL REFERENCES app_user(login),
  uai        TEXT NOT NULL REFERENCES school(uai),
  function   TEXT NOT NULL,
  discipline TEXT NOT NULL,
  PRIMARY KEY (login, uai, function, discipline)
);

CREATE TABLE grp (
  uai         TEXT NOT NULL REFERENCES school(uai),
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  description TEXT NOT NULL,
  lifetime    TEXT NOT NULL,
  visibility  TEXT NOT NULL,
  PRIMARY KEY (uai, name)
);

CREATE TABLE group_member (
  uai        TEXT NOT NULL,
  group_name TEXT NOT NULL,
  login      TEXT NOT NULL REFERENCES app_user(login),
  PRIMARY KEY (uai, group_name, login),
  FOREIGN KEY (uai, group_name) REFERENCES grp(uai, name)
);
CREATE INDEX group_member_login ON group_member(login);

CREATE TABLE group_manager (
  uai        TEXT NOT NULL,
  group_name TEXT NOT NULL,
  login      TEXT NOT NULL REFERENCES app_user(login),
  PRIMARY KEY (uai, group_name, login),
  FOREIGN KEY (uai, group_name) REFERENCES grp(uai, name)
);

CREATE TABLE service (
  uai      TEXT NOT NULL REFERENCES school(uai),
  name     TEXT NOT NULL,
  code     TEXT NOT NULL,
  sso_type TEXT NOT NULL,
  url      TEXT NOT NULL,
  grouping TEXT NOT NULL,
  PRIMARY KEY (uai, name)
);

-- kind: 'population' or 'utilisateur' (the two tabs of the ENT); target_type: 'etablissement',
-- 'groupe' or 'utilisateur'.
CREATE TABLE service_access (
  uai         TEXT NOT NULL,
  service     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target      TEXT NOT NULL,
  profile     TEXT NOT NULL,
  function    TEXT NOT NULL,
  discipline  TEXT NOT NULL,
  role        TEXT NOT NULL,
  PRIMARY KEY (uai, service, kind, target_type, target, profile, function, discipline, role),
  FOREIGN KEY (uai, service) REFERENCES service(uai, name)
);
CREATE INDEX service_access_role ON service_access(uai, role);

CREATE TABLE rubrique (
  uai    TEXT NOT NULL REFERENCES school(uai),
  path   TEXT NOT NULL,
  name   TEXT NOT NULL,
  parent TEXT,
  PRIMARY KEY (uai, path),
  FOREIGN KEY (uai, parent) REFERENCES rubrique(uai, path)
);

CREATE TABLE rubrique_access (
  uai         TEXT NOT NULL,
  path        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target      TEXT NOT NULL,
  profile     TEXT NOT NULL,
  function    TEXT NOT NULL,
  discipline  TEXT NOT NULL,
  role        TEXT NOT NULL,
  PRIMARY KEY (uai, path, kind, target_type, target, profile, function, discipline, role),
  FOREIGN KEY (uai, path) REFERENCES rubrique(uai, path)
);
