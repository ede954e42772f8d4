-- Every article key and article uid appears once.
SELECT 'article_key' AS key_kind, CAST(article_key AS VARCHAR) AS key_value, count(*) AS n FROM fact_article GROUP BY article_key HAVING count(*) > 1
UNION ALL
SELECT 'article_uid', article_uid, count(*) FROM fact_article GROUP BY article_uid HAVING count(*) > 1;
