-- Articles and characters per source and month.
SELECT s.source_code, s.source_name, d.year, d.month, count(*) AS articles, sum(a.char_count) AS characters
FROM fact_article a
JOIN dim_source s USING (source_key)
JOIN dim_date d USING (date_key)
GROUP BY ALL
ORDER BY s.source_code, d.year, d.month;
