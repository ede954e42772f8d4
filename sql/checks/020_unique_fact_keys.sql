-- Fact grains are unique: one quantity key, one mention per article and entity, one term per article and pos.
SELECT 'fact_quantity' AS fact, CAST(quantity_key AS VARCHAR) AS key_value, count(*) AS n FROM fact_quantity GROUP BY quantity_key HAVING count(*) > 1
UNION ALL
SELECT 'fact_entity_mention', article_key || '/' || entity_key, count(*) FROM fact_entity_mention GROUP BY article_key, entity_key HAVING count(*) > 1
UNION ALL
SELECT 'fact_entity_occurrence', article_key || '/' || entity_key || '/' || field || '/' || char_offset, count(*)
FROM fact_entity_occurrence GROUP BY article_key, entity_key, field, char_offset HAVING count(*) > 1
UNION ALL
SELECT 'fact_term', article_key || '/' || term || '/' || pos, count(*) FROM fact_term GROUP BY article_key, term, pos HAVING count(*) > 1
UNION ALL
SELECT 'bridge_article_author', article_key || '/' || author_key || '/' || role, count(*) FROM bridge_article_author
GROUP BY article_key, author_key, role HAVING count(*) > 1;
