-- Copies of an article are counted on every event read (Event.Copies):
-- index the column that names the original.
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
