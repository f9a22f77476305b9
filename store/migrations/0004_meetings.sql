-- Meetings: feeds, meetings and favourites (filled in by the meetings work).
SELECT 1;
