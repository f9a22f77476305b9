-- Marks the file as Alongside's, so that check and restore can tell it from
-- any other SQLite file. 0x416C6F6E is "Alon" in ASCII.
PRAGMA application_id = 1097625454;
