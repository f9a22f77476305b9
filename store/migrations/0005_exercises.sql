-- Learn's exercises. They hold choices and numbers only, never words, so
-- they are plain columns; the store still refuses them while locked.

-- One enabling self-check: the answer to each situation, in order, as
-- digits ("0" never, "1" sometimes, "2" often), and the total.
CREATE TABLE enabling_checks (
	id       INTEGER PRIMARY KEY,
	taken_at INTEGER NOT NULL,
	answers  TEXT NOT NULL,
	score    INTEGER NOT NULL
) STRICT;

-- One self-care rating: a date and a score from 1 to 10 per area of life.
CREATE TABLE selfcare_ratings (
	id       INTEGER PRIMARY KEY,
	taken_at INTEGER NOT NULL
) STRICT;

CREATE TABLE selfcare_scores (
	rating_id INTEGER NOT NULL REFERENCES selfcare_ratings (id) ON DELETE CASCADE,
	area      TEXT NOT NULL,
	score     INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
	PRIMARY KEY (rating_id, area)
) STRICT;
