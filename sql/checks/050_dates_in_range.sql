-- Dates stay within reason: event dates within a year of the edition, resolved dates between 1900 and
-- ten years after the edition.
SELECT a.article_uid, 'event_date far from edition' AS problem, CAST(a.event_date AS VARCHAR) AS value
FROM fact_article a JOIN dim_date d USING (date_key)
WHERE a.event_date IS NOT NULL AND abs(datediff('day', a.event_date, d.full_date)) > 366
UNION ALL
SELECT CAST(m.article_key AS VARCHAR), 'resolved_date out of range', CAST(m.resolved_date AS VARCHAR)
FROM fact_date_mention m JOIN dim_date d USING (date_key)
WHERE m.resolved_date < DATE '1900-01-01' OR m.resolved_date > d.full_date + INTERVAL 10 YEAR;
