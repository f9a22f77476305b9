-- The lock's promise (DESIGN "Privacy design", docs/privacy.md).
--
-- 1. Sealed tables never reuse an id: a value sealed for a deleted row
--    must not open in a new row with the same id. trigger_maps, rewards
--    and weekly_steps are rebuilt with AUTOINCREMENT, data kept; their
--    sqlite_sequence starts at the highest id they hold.
-- 2. Private settings: values that name what a person reads or where they
--    go (lesson progress, favourite meetings) are sealed, bound to their
--    name. The names are the app's own and say nothing.

CREATE TABLE trigger_maps_new (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	kind     TEXT NOT NULL CHECK (kind IN ('using', 'sober')),
	updated  INTEGER NOT NULL,
	title    BLOB NOT NULL,
	who      BLOB NOT NULL,
	place    BLOB NOT NULL,
	time     BLOB NOT NULL,
	thoughts BLOB NOT NULL,
	feelings BLOB NOT NULL,
	payoff   BLOB NOT NULL,
	cost     BLOB NOT NULL,
	my_part  BLOB NOT NULL
) STRICT;
INSERT INTO trigger_maps_new SELECT id, kind, updated, title, who, place, time, thoughts, feelings, payoff, cost, my_part FROM trigger_maps;
DROP TABLE trigger_maps;
ALTER TABLE trigger_maps_new RENAME TO trigger_maps;

-- weekly_steps refers to rewards: both are rebuilt, steps first out and
-- last in, so the reference survives (foreign keys stay on; the copy of
-- the steps is made before rewards is dropped).
CREATE TABLE weekly_steps_copy AS SELECT * FROM weekly_steps;
DROP INDEX weekly_steps_by_reward;
DROP TABLE weekly_steps;

CREATE TABLE rewards_new (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	kind    TEXT NOT NULL CHECK (kind IN ('offer', 'withhold')),
	updated INTEGER NOT NULL,
	what    BLOB NOT NULL,
	cost    BLOB NOT NULL,
	time    BLOB NOT NULL,
	how     BLOB NOT NULL
) STRICT;
INSERT INTO rewards_new SELECT id, kind, updated, what, cost, time, how FROM rewards;
DROP TABLE rewards;
ALTER TABLE rewards_new RENAME TO rewards;

CREATE TABLE weekly_steps (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	week        TEXT NOT NULL UNIQUE,
	reward_id   INTEGER REFERENCES rewards (id) ON DELETE SET NULL,
	checked_in  INTEGER NOT NULL DEFAULT 0 CHECK (checked_in IN (0, 1)),
	done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1) AND done <= checked_in),
	checked_at  INTEGER,
	plan        BLOB NOT NULL,
	how_it_went BLOB NOT NULL,
	next        BLOB NOT NULL
) STRICT;
INSERT INTO weekly_steps SELECT id, week, reward_id, checked_in, done, checked_at, plan, how_it_went, next FROM weekly_steps_copy;
DROP TABLE weekly_steps_copy;
CREATE INDEX weekly_steps_by_reward ON weekly_steps (reward_id);

CREATE TABLE private_settings (
	key   TEXT PRIMARY KEY NOT NULL,
	value BLOB NOT NULL
) STRICT;

