-- Reporters, correspondents and photographers by number of articles credited.
SELECT au.name, b.role, count(DISTINCT b.article_key) AS articles, min(d.full_date) AS first_seen, max(d.full_date) AS last_seen
FROM bridge_article_author b
JOIN dim_author au USING (author_key)
JOIN fact_article a USING (article_key)
JOIN dim_date d ON d.date_key = a.date_key
GROUP BY ALL
ORDER BY articles DESC, au.name
LIMIT 50;
