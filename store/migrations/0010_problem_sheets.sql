-- The problem-solving worksheet (CRAFT's problem solving, issue #20): one
-- row per problem worked through, in five steps. Every word is sealed
-- (BLOB columns, bound to table, column, row id and updated); only the
-- time it was last saved stays plain. AUTOINCREMENT: a deleted row's id is
-- never given again, so a value sealed for it never opens in a new row.
CREATE TABLE problem_sheets (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	updated       INTEGER NOT NULL,
	problem       BLOB NOT NULL, -- 1. the problem, narrow and specific
	ideas         BLOB NOT NULL, -- 2. every idea, unjudged
	choice        BLOB NOT NULL, -- 3. the one or two to try, and when
	obstacles     BLOB NOT NULL, -- 4. what could get in the way
	obstacle_plan BLOB NOT NULL, --    and what I will do then
	how_it_went   BLOB NOT NULL, -- 5. after trying: how it went
	next          BLOB NOT NULL  --    and what next
) STRICT;
