-- See internal/sqlite/migrations/0001_init.sql for what each table holds;
-- this schema mirrors it. tsv is the full-text vector of the title
-- (weight A) and text (weight B), with diacritics folded by the store.
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
	warnings      TEXT NOT NULL DEFAULT '[]',
	tsv           TSVECTOR
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_day ON articles(published_day);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE sentences (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	paragraph  INTEGER NOT NULL,
	tokens     BYTEA,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE mentions (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	actor_code TEXT NOT NULL,
	actor_name TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions(actor_code, actor_name);

CREATE TABLE places (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	name       TEXT NOT NULL,
	country    TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE times (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	data       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
	article_id   TEXT NOT NULL REFERENCES articles(id),
	idx          INTEGER NOT NULL,
	speaker_name TEXT NOT NULL,
	speaker_code TEXT NOT NULL,
	venue        TEXT NOT NULL,
	anonymous    BOOLEAN NOT NULL,
	direct       BOOLEAN NOT NULL,
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
	goldstein      DOUBLE PRECISION NOT NULL,
	mode           TEXT NOT NULL,
	place_name     TEXT NOT NULL,
	place_country  TEXT NOT NULL,
	data           TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events(date, article_id, idx);
CREATE INDEX events_source ON events(source_code text_pattern_ops);
CREATE INDEX events_target ON events(target_code text_pattern_ops);
CREATE INDEX events_cameo ON events(cameo text_pattern_ops);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);

CREATE TABLE actors (
	code     TEXT NOT NULL,
	name     TEXT NOT NULL,
	data     TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	articles INTEGER NOT NULL,
	PRIMARY KEY (code, name)
);
CREATE INDEX actors_mentions ON actors(mentions DESC);

CREATE TABLE signatures (
	article_id TEXT PRIMARY KEY REFERENCES articles(id),
	sig        BYTEA NOT NULL
);
CREATE TABLE bands (
	key        BIGINT NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles(id),
	PRIMARY KEY (key, article_id)
);
