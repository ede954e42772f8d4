-- A hash of every warehouse table's contents, independent of physical row order. Two loads of the same
-- inbox give the same fingerprints; the run log (etl_*) is left out as it records each run.
SELECT 'dim_source' AS table_name, count(*) AS row_count, md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) AS fingerprint FROM dim_source t
UNION ALL SELECT 'dim_author', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM dim_author t
UNION ALL SELECT 'dim_entity', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM dim_entity t
UNION ALL SELECT 'dim_entity_alias', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM dim_entity_alias t
UNION ALL SELECT 'dim_unit', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM dim_unit t
UNION ALL SELECT 'key_article', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM key_article t
UNION ALL SELECT 'fact_article', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_article t
UNION ALL SELECT 'bridge_article_author', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM bridge_article_author t
UNION ALL SELECT 'fact_entity_mention', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_entity_mention t
UNION ALL SELECT 'fact_entity_occurrence', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_entity_occurrence t
UNION ALL SELECT 'fact_quantity', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_quantity t
UNION ALL SELECT 'fact_date_mention', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_date_mention t
UNION ALL SELECT 'fact_person_title', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_person_title t
UNION ALL SELECT 'fact_term', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_term t
UNION ALL SELECT 'fact_page_credit', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM fact_page_credit t
ORDER BY table_name;
