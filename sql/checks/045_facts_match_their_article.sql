-- Every fact carries the source and edition date of the article it belongs to.
SELECT 'bridge_article_author' AS fact, f.article_key FROM bridge_article_author f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_entity_mention', f.article_key FROM fact_entity_mention f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_entity_occurrence', f.article_key FROM fact_entity_occurrence f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_quantity', f.article_key FROM fact_quantity f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_date_mention', f.article_key FROM fact_date_mention f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_person_title', f.article_key FROM fact_person_title f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key
UNION ALL SELECT 'fact_term', f.article_key FROM fact_term f JOIN fact_article a USING (article_key)
WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key;
