-- Meetings (see docs/design.md, "Meeting finder"). Imported lists are
-- public data and stay plain; the meetings a person adds by hand are their
-- own words and every word of them is sealed, like the private records.

-- One imported list: where it came from (a file path or an https address),
-- which code table it uses, the time zone applied to meetings without one
-- ('' = the computer's), when it was imported and how it went. Times are
-- Unix nanoseconds; updated is the newest meeting's date in the list.
CREATE TABLE IF NOT EXISTS meeting_feeds (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	source    TEXT NOT NULL UNIQUE,
	program   TEXT NOT NULL CHECK (program IN ('aa', 'al-anon')),
	format    TEXT NOT NULL CHECK (format IN ('json', 'csv')),
	time_zone TEXT NOT NULL,
	imported  INTEGER NOT NULL,
	updated   INTEGER,
	meetings  INTEGER NOT NULL,
	skipped   INTEGER NOT NULL
) STRICT;

-- A list's meetings, each meetings.Meeting in the store's compact
-- encoding (store/meetings_codec.go); a re-import
-- replaces them all in one transaction.
CREATE TABLE IF NOT EXISTS meetings (
	feed_id INTEGER NOT NULL REFERENCES meeting_feeds (id) ON DELETE CASCADE,
	slug    TEXT NOT NULL,
	data    BLOB NOT NULL,
	PRIMARY KEY (feed_id, slug)
) STRICT;

-- Favourites, by slug, so that they outlive a re-import.
CREATE TABLE IF NOT EXISTS meeting_favourites (
	slug  TEXT PRIMARY KEY NOT NULL,
	added INTEGER NOT NULL
) STRICT;

-- Meetings the person added. Days ('0,3': Sunday and Wednesday), times
-- (minutes after midnight, -1 for none), attendance and program stay
-- plain; every BLOB is sealed.
CREATE TABLE IF NOT EXISTS my_meetings (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	updated     INTEGER NOT NULL,
	days        TEXT NOT NULL,
	start_min   INTEGER NOT NULL CHECK (start_min BETWEEN -1 AND 1439),
	end_min     INTEGER NOT NULL CHECK (end_min BETWEEN -1 AND 1439),
	attendance  TEXT NOT NULL,
	program     TEXT NOT NULL,
	fellowship  BLOB NOT NULL,
	name        BLOB NOT NULL,
	time_zone   BLOB NOT NULL,
	types       BLOB NOT NULL,
	location    BLOB NOT NULL,
	address     BLOB NOT NULL,
	link        BLOB NOT NULL,
	phone       BLOB NOT NULL,
	notes       BLOB NOT NULL
) STRICT;
