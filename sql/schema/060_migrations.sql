-- Columns added after a warehouse may have been created: a warehouse of an earlier Gazette gains them on its next
-- open (empty for the editions it holds until they are reloaded).
ALTER TABLE fact_article ADD COLUMN IF NOT EXISTS agency VARCHAR;
ALTER TABLE fact_article ADD COLUMN IF NOT EXISTS dateline_place VARCHAR;
-- Names in headlines and subtitles (rows loaded before were all in the body).
ALTER TABLE fact_entity_mention ADD COLUMN IF NOT EXISTS in_title BOOLEAN;
ALTER TABLE fact_entity_mention ALTER COLUMN first_offset DROP NOT NULL;
ALTER TABLE fact_entity_occurrence ADD COLUMN IF NOT EXISTS field VARCHAR;
-- The version of the analysis each edition was loaded with (editions loaded before have none: --reprocess reloads them).
ALTER TABLE etl_archive ADD COLUMN IF NOT EXISTS analyzer_version VARCHAR;
-- Places linked to administrative divisions (editions loaded before have none until reloaded: --reprocess).
ALTER TABLE fact_entity_mention ADD COLUMN IF NOT EXISTS place_code VARCHAR;
ALTER TABLE dim_entity ADD COLUMN IF NOT EXISTS place_code VARCHAR;
