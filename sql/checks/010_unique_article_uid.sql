-- Every article uid appears once (the article key is fact_article's grain, checked with the other facts).
SELECT 'article_uid' AS key_kind, article_uid AS key_value, count(*) AS n FROM fact_article GROUP BY article_uid HAVING count(*) > 1;
