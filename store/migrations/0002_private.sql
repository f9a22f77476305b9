-- Private records. Every word a person writes is in a `words` column,
-- sealed (XChaCha20-Poly1305) as one JSON value per record, bound to its
-- table, column and id. Dates, moods, outcomes and ids stay plain.

-- The data key: unwrapped when no passphrase is set, otherwise wrapped
-- under the passphrase and under the recovery code (Argon2id, costs and
-- salt kept with each, so they can be raised later).
CREATE TABLE keyring (
	id           INTEGER PRIMARY KEY CHECK (id = 1),
	plain_key    BLOB,
	pass_box     BLOB,
	pass_salt    BLOB,
	pass_time    INTEGER,
	pass_memory  INTEGER,
	pass_threads INTEGER,
	code_box     BLOB,
	code_salt    BLOB,
	code_time    INTEGER,
	code_memory  INTEGER,
	code_threads INTEGER
) STRICT;

CREATE TABLE entries (
	id      INTEGER PRIMARY KEY,
	at      INTEGER NOT NULL, -- Unix seconds
	mood    INTEGER NOT NULL DEFAULT 0 CHECK (mood BETWEEN 0 AND 5),
	updated INTEGER NOT NULL,
	words   BLOB
) STRICT;
CREATE INDEX entries_at ON entries (at DESC, id DESC);

CREATE TABLE boundaries (
	id     INTEGER PRIMARY KEY,
	set_on INTEGER NOT NULL,
	active INTEGER NOT NULL DEFAULT 1,
	words  BLOB
) STRICT;

CREATE TABLE boundary_tests (
	id          INTEGER PRIMARY KEY,
	boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
	on_day      INTEGER NOT NULL,
	outcome     TEXT NOT NULL CHECK (outcome IN ('held', 'bent', 'broken')),
	words       BLOB
) STRICT;
CREATE INDEX boundary_tests_boundary ON boundary_tests (boundary_id, on_day DESC);

CREATE TABLE conversations (
	id        INTEGER PRIMARY KEY,
	planned   INTEGER NOT NULL,
	debriefed INTEGER NOT NULL DEFAULT 0,
	words     BLOB
) STRICT;

CREATE TABLE relapse_plan (
	id       INTEGER PRIMARY KEY CHECK (id = 1),
	expires  INTEGER NOT NULL DEFAULT 0,
	updated  INTEGER NOT NULL,
	words    BLOB
) STRICT;

CREATE TABLE relapse_events (
	id    INTEGER PRIMARY KEY,
	at    INTEGER NOT NULL,
	words BLOB
) STRICT;

-- Writing kept as it is typed, one per form and record.
CREATE TABLE drafts (
	id      INTEGER PRIMARY KEY,
	kind    TEXT NOT NULL,
	ref     INTEGER NOT NULL,
	updated INTEGER NOT NULL,
	words   BLOB,
	UNIQUE (kind, ref)
) STRICT;
