-- Settings the person chooses (language, theme, country for help).
-- Values here are choices from fixed lists, never private words.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY NOT NULL,
	value TEXT NOT NULL
) STRICT;
