-- Meeting lists whose fellowship is not stated, and BMLT servers' lists
-- (internal/meetings): meeting_feeds is rebuilt with the wider checks, its
-- meetings kept (they are copied out and back, since they refer to it).

CREATE TABLE meetings_copy AS SELECT * FROM meetings;
DROP TABLE meetings;

CREATE TABLE meeting_feeds_new (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	source    TEXT NOT NULL UNIQUE,
	program   TEXT NOT NULL CHECK (program IN ('aa', 'al-anon', 'not-stated')),
	format    TEXT NOT NULL CHECK (format IN ('json', 'csv', 'bmlt')),
	time_zone TEXT NOT NULL,
	imported  INTEGER NOT NULL,
	updated   INTEGER,
	meetings  INTEGER NOT NULL,
	skipped   INTEGER NOT NULL
) STRICT;
INSERT INTO meeting_feeds_new SELECT id, source, program, format, time_zone, imported, updated, meetings, skipped FROM meeting_feeds;
DROP TABLE meeting_feeds;
ALTER TABLE meeting_feeds_new RENAME TO meeting_feeds;

CREATE TABLE meetings (
	feed_id INTEGER NOT NULL REFERENCES meeting_feeds (id) ON DELETE CASCADE,
	slug    TEXT NOT NULL,
	data    BLOB NOT NULL,
	PRIMARY KEY (feed_id, slug)
) STRICT;
INSERT INTO meetings SELECT feed_id, slug, data FROM meetings_copy;
DROP TABLE meetings_copy;
