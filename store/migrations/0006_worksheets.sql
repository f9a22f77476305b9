-- The CRAFT worksheets. Every word is sealed (BLOB columns, bound to
-- table, column and row id); kinds, dates and ticks stay plain.

-- A map of a typical time of using (kind 'using') or of a healthy,
-- sober activity that competes with it (kind 'sober').
CREATE TABLE trigger_maps (
	id       INTEGER PRIMARY KEY,
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

-- Something to offer for sober time ('offer') or to hold back when they
-- use ('withhold').
CREATE TABLE rewards (
	id      INTEGER PRIMARY KEY,
	kind    TEXT NOT NULL CHECK (kind IN ('offer', 'withhold')),
	updated INTEGER NOT NULL,
	what    BLOB NOT NULL,
	cost    BLOB NOT NULL,
	time    BLOB NOT NULL,
	how     BLOB NOT NULL
) STRICT;

-- One reward planned for a week and the check-in after it. week is the
-- calendar day of its Monday (YYYY-MM-DD), like a boundary's set_on, so
-- that a change of time zone does not split or lose a week. Deleting the
-- reward keeps the step: its plan holds the person's own words.
CREATE TABLE weekly_steps (
	id          INTEGER PRIMARY KEY,
	week        TEXT NOT NULL UNIQUE,
	reward_id   INTEGER REFERENCES rewards (id) ON DELETE SET NULL,
	checked_in  INTEGER NOT NULL DEFAULT 0 CHECK (checked_in IN (0, 1)),
	done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1) AND done <= checked_in),
	checked_at  INTEGER,
	plan        BLOB NOT NULL,
	how_it_went BLOB NOT NULL,
	next        BLOB NOT NULL
) STRICT;

CREATE INDEX weekly_steps_by_reward ON weekly_steps (reward_id);

-- The personal safety plan: one row, like the relapse plan.
CREATE TABLE safety_plan (
	id            INTEGER PRIMARY KEY CHECK (id = 1),
	updated       INTEGER NOT NULL,
	warning_signs BLOB NOT NULL,
	safe_places   BLOB NOT NULL,
	people        BLOB NOT NULL,
	code_word     BLOB NOT NULL,
	to_take       BLOB NOT NULL,
	how_to_leave  BLOB NOT NULL,
	children      BLOB NOT NULL,
	notes         BLOB NOT NULL
) STRICT;
