-- The CRAFT worksheets. Every word is sealed (BLOB columns); kinds, dates
-- and ticks stay plain.

-- A map of a typical time of using (kind 'using') or of a healthy,
-- sober activity (kind 'sober').
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

-- One reward planned for a week (its Monday), and the check-in after it.
CREATE TABLE weekly_steps (
	id          INTEGER PRIMARY KEY,
	week        INTEGER NOT NULL UNIQUE,
	reward_id   INTEGER REFERENCES rewards (id) ON DELETE SET NULL,
	checked_in  INTEGER NOT NULL DEFAULT 0,
	done        INTEGER NOT NULL DEFAULT 0,
	checked_at  INTEGER,
	plan        BLOB NOT NULL,
	how_it_went BLOB NOT NULL,
	next        BLOB NOT NULL
) STRICT;

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
