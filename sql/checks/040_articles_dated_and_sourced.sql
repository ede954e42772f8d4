-- Every article has a known source and an edition date in dim_date.
SELECT a.article_uid, 'unknown source' AS problem FROM fact_article a ANTI JOIN dim_source s USING (source_key)
UNION ALL
SELECT a.article_uid, 'date_key not in dim_date' FROM fact_article a ANTI JOIN dim_date d USING (date_key);
