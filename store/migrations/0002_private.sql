-- The privacy lock and the private records (see docs/design.md, "Privacy").
-- Every BLOB column below except keyring's holds a value sealed with
-- XChaCha20-Poly1305 under the data key (store/seal): words never reach
-- this file in the clear. Dates, moods, outcomes and ids stay plain.

-- The data key: one 'plain' row (no passphrase: the key as it is), or a
-- 'passphrase' and a 'recovery' row, each the key wrapped under Argon2id
-- with its own salt and costs, so the costs can be raised later.
CREATE TABLE keyring (
	kind    TEXT PRIMARY KEY NOT NULL CHECK (kind IN ('plain', 'passphrase', 'recovery')),
	salt    BLOB,
	time    INTEGER,
	memory  INTEGER,
	threads INTEGER,
	key     BLOB NOT NULL
) STRICT;

-- Times are Unix nanoseconds; dates are 'YYYY-MM-DD'.
CREATE TABLE entries (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	at      INTEGER NOT NULL,
	mood    INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 5),
	updated INTEGER NOT NULL,
	tags    BLOB NOT NULL,
	text    BLOB NOT NULL
) STRICT;
CREATE INDEX entries_by_time ON entries (at DESC, id DESC);

CREATE TABLE boundaries (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	set_on      TEXT NOT NULL,
	active      INTEGER NOT NULL CHECK (active IN (0, 1)),
	text        BLOB NOT NULL,
	why         BLOB NOT NULL,
	consequence BLOB NOT NULL,
	told_to     BLOB NOT NULL
) STRICT;

CREATE TABLE boundary_tests (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
	tested_on   TEXT NOT NULL,
	outcome     TEXT NOT NULL CHECK (outcome IN ('held', 'bent', 'broken')),
	note        BLOB NOT NULL
) STRICT;
CREATE INDEX boundary_tests_by_boundary ON boundary_tests (boundary_id, tested_on DESC, id DESC);

CREATE TABLE conversations (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	planned      INTEGER NOT NULL,
	debriefed_at INTEGER, -- NULL until there is a debrief
	goal         BLOB NOT NULL,
	when_where   BLOB NOT NULL,
	opening      BLOB NOT NULL,
	i_statements BLOB NOT NULL,
	avoid        BLOB NOT NULL,
	self_care    BLOB NOT NULL,
	happened     BLOB NOT NULL,
	response     BLOB NOT NULL,
	felt         BLOB NOT NULL,
	next_time    BLOB NOT NULL
) STRICT;

-- The one relapse plan: at most one row, id 1.
CREATE TABLE relapse_plan (
	id               INTEGER PRIMARY KEY CHECK (id = 1),
	naloxone_expires TEXT, -- NULL when not given
	updated          INTEGER NOT NULL,
	warning_signs    BLOB NOT NULL,
	what_i_say       BLOB NOT NULL,
	will_not_do      BLOB NOT NULL,
	safety_steps     BLOB NOT NULL,
	naloxone_where   BLOB NOT NULL,
	who_to_call      BLOB NOT NULL,
	where_help       BLOB NOT NULL
) STRICT;

CREATE TABLE relapse_events (
	id    INTEGER PRIMARY KEY AUTOINCREMENT,
	at    INTEGER NOT NULL,
	notes BLOB NOT NULL
) STRICT;

-- Unsaved writing; even the form's kind is sealed, so one per kind and
-- record is kept by the store, not by an index.
CREATE TABLE drafts (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	ref     INTEGER NOT NULL,
	updated INTEGER NOT NULL,
	kind    BLOB NOT NULL,
	text    BLOB NOT NULL
) STRICT;
