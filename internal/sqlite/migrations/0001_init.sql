-- Articles: one row per distinct clean text (id is its content hash).
-- published is RFC 3339 in UTC, NULL when unknown; published_day is the
-- publication date in the article's time zone, for filters.
CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	url           TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	outlet        TEXT NOT NULL DEFAULT '',
	published     TEXT,
	published_day TEXT NOT NULL DEFAULT '',
	timezone      TEXT NOT NULL DEFAULT '',
	dateline      TEXT NOT NULL DEFAULT '',
	author        TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	source        TEXT NOT NULL DEFAULT '',
	line          INTEGER NOT NULL DEFAULT 0,
	format        TEXT NOT NULL DEFAULT '',
	ingested      TEXT NOT NULL,
	duplicate_of  TEXT NOT NULL DEFAULT '',
	warnings      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_day ON articles(published_day);
CREATE INDEX articles_outlet ON articles(outlet);

-- Full-text index over title and text, kept in step by Put.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content='articles', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);

-- Sentences with their tokens packed in a blob (see sqlq.EncodeTokens).
CREATE TABLE sentences (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	paragraph  INTEGER NOT NULL,
	tokens     BLOB,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Annotation tables: queryable columns plus the full record as JSON in
-- data, which is what reads return.
CREATE TABLE mentions (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	actor_code TEXT NOT NULL,
	actor_name TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_code, actor_name);

CREATE TABLE places (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	name       TEXT NOT NULL,
	country    TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE times (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
	article_id   TEXT NOT NULL REFERENCES articles(id),
	idx          INTEGER NOT NULL,
	speaker_name TEXT NOT NULL,
	speaker_code TEXT NOT NULL,
	venue        TEXT NOT NULL,
	anonymous    INTEGER NOT NULL,
	direct       INTEGER NOT NULL,
	data         TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE events (
	article_id     TEXT NOT NULL REFERENCES articles(id),
	idx            INTEGER NOT NULL,
	date           TEXT NOT NULL,
	source_code    TEXT NOT NULL,
	source_name    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	target_name    TEXT NOT NULL,
	target_country TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	root           TEXT NOT NULL,
	plover         TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	mode           TEXT NOT NULL,
	place_name     TEXT NOT NULL,
	place_country  TEXT NOT NULL,
	data           TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events(date, article_id, idx);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);

-- Actors keyed by code and name, with counts kept up to date by Put.
-- data is the first-seen Actor as JSON.
CREATE TABLE actors (
	code     TEXT NOT NULL,
	name     TEXT NOT NULL,
	data     TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (code, name)
) WITHOUT ROWID;
CREATE INDEX actors_mentions ON actors(mentions DESC);

-- Near-duplicate detection (internal/dedup): each article's MinHash
-- signature and its LSH band keys.
CREATE TABLE signatures (
	article_id TEXT PRIMARY KEY REFERENCES articles(id),
	sig        BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE bands (
	key        INTEGER NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles(id),
	PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
