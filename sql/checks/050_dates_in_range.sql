-- Dates that cannot be: an event date (the day a dateline reports on) more than a year from its edition, or a
-- resolved date before the year 1000 or over 200 years after the edition. A plan target (2035年) or a
-- historical year (1644年) is normal news and passes.
SELECT a.article_uid, 'event_date far from edition' AS problem, CAST(a.event_date AS VARCHAR) AS value
FROM fact_article a JOIN dim_date d USING (date_key)
WHERE a.event_date IS NOT NULL AND abs(datediff('day', a.event_date, d.full_date)) > 366
UNION ALL
SELECT CAST(m.article_key AS VARCHAR), 'resolved_date cannot be', CAST(m.resolved_date AS VARCHAR)
FROM fact_date_mention m JOIN dim_date d USING (date_key)
WHERE m.resolved_date < DATE '1000-01-01' OR m.resolved_date > d.full_date + INTERVAL 200 YEAR;
