-- What keeps happening: the boundary builder's first step, kept with the
-- boundary (issue #25), sealed like the boundary's other words.
--
-- A column added to a table that already holds rows: those rows have NULL
-- here, which reads as empty, never as damaged (store/sealed.go,
-- addedColumns). The store itself always writes a sealed value, and
-- re-keying seals an empty one in place of NULL.

ALTER TABLE boundaries ADD COLUMN situation BLOB;
