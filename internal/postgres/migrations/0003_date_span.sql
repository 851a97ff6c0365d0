-- The first and last days (YYYY-MM-DD) of the interval an event's date
-- denotes (a week, a season, a month…), for date filters and ordering:
-- an event matches --from/--to when its interval overlaps theirs. Rows
-- stored before this migration are filled in by the store when it opens.
ALTER TABLE events ADD COLUMN date_first TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN date_last TEXT NOT NULL DEFAULT '';
CREATE INDEX events_span ON events(date_first, date_last, article_id, idx);
