-- Columns added after a warehouse may have been created: a warehouse of an earlier Gazette gains them on its next
-- open (empty for the editions it holds until they are reloaded).
ALTER TABLE fact_article ADD COLUMN IF NOT EXISTS agency VARCHAR;
ALTER TABLE fact_article ADD COLUMN IF NOT EXISTS dateline_place VARCHAR;
