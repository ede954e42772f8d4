-- Run log: durable state of the nightly job (the Spring Batch repository is in memory).
CREATE TABLE IF NOT EXISTS etl_archive (
    run_id        VARCHAR NOT NULL,
    archive_path  VARCHAR NOT NULL,        -- relative to the inbox
    source_code   VARCHAR NOT NULL,
    edition_date  DATE,
    sha256        VARCHAR,
    status        VARCHAR NOT NULL,        -- loaded, failed, skipped, removed
    pages         INTEGER,
    articles      INTEGER,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP NOT NULL,
    message       VARCHAR,
    analyzer_version VARCHAR               -- of the analysis that loaded it (rules, lexicon, name model); see ingest --reprocess
);

CREATE TABLE IF NOT EXISTS etl_reject (
    run_id        VARCHAR NOT NULL,
    archive_path  VARCHAR NOT NULL,
    entry_name    VARCHAR,
    stage         VARCHAR NOT NULL,        -- inbox, archive, decode, analyse, process, load
    reason        VARCHAR NOT NULL,
    detail        VARCHAR,
    rejected_at   TIMESTAMP NOT NULL
);

-- The schema scripts last applied: an open by a Gazette with the same scripts changes nothing.
CREATE TABLE IF NOT EXISTS etl_schema (
    scripts_sha256 VARCHAR NOT NULL,
    applied_at     TIMESTAMP NOT NULL
);
