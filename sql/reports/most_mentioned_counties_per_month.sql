-- The counties (and districts, county-level cities) the papers name most, per month: places and place-named
-- organisations linked to a division, each counted at its county (a township counts for its county).
-- One row per month and county, the ten most-named counties of each month.
SELECT year, month, place_code, place_name, province_name, articles, mentions
FROM (
    SELECT year, month, place_code, place_name, province_name,
           count(DISTINCT article_key) AS articles, sum(mention_count) AS mentions,
           row_number() OVER (PARTITION BY year, month ORDER BY count(DISTINCT article_key) DESC, place_code) AS rank
    FROM v_place_rollup
    WHERE level_name = 'county'
    GROUP BY year, month, place_code, place_name, province_name
)
WHERE rank <= 10
ORDER BY year, month, rank;
