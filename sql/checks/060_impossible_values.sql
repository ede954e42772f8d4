-- Values that cannot be: negative counts, areas or durations; percentages over 10000; ranges upside down.
SELECT quantity_key, text, 'negative count, area, length, mass or duration' AS problem FROM fact_quantity q
JOIN dim_unit u USING (unit_code)
WHERE u.dimension IN ('count', 'area', 'length', 'mass', 'duration') AND q.value < 0
UNION ALL
SELECT quantity_key, text, 'percentage over 10000' FROM fact_quantity WHERE unit_code = '%' AND abs(value) > 10000
UNION ALL
SELECT quantity_key, text, 'value_high below value' FROM fact_quantity WHERE value_high IS NOT NULL AND value_high < value
UNION ALL
SELECT quantity_key, text, 'base_value does not match the unit factor' FROM fact_quantity q JOIN dim_unit u USING (unit_code)
WHERE abs(q.base_value - q.value * u.factor_to_base) > greatest(abs(q.base_value) * 0.000001, 0.001);
