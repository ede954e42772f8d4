-- Amounts by indicator, unit and year: a starting point for charting what the papers report.
SELECT q.indicator, q.unit_code, d.year, count(*) AS mentions, sum(q.base_value) AS total_base_value
FROM fact_quantity q
JOIN dim_date d USING (date_key)
WHERE q.indicator IS NOT NULL
GROUP BY ALL
ORDER BY mentions DESC
LIMIT 50;
