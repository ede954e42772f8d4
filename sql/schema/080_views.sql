-- Views for analysts: names resolved, no joins needed. Recreated on every open.
CREATE OR REPLACE VIEW v_article AS
SELECT a.article_key, a.article_uid, d.full_date AS edition_date, d.year, d.month, s.source_code, s.source_name, s.region,
       a.page_no, a.seq_no, a.kind, a.headline, a.subtitle, a.byline, a.agency, a.dateline_place, a.event_date,
       a.char_count, a.body
FROM fact_article a
JOIN dim_date d ON d.date_key = a.date_key
JOIN dim_source s ON s.source_key = a.source_key;
COMMENT ON VIEW v_article IS 'Articles with their edition date and paper by name. Grain: article.';

CREATE OR REPLACE VIEW v_entity_mention AS
SELECT d.full_date AS edition_date, s.source_code, s.source_name, e.entity_type, e.canonical_name, m.mention_count,
       m.in_title, m.first_offset, a.article_uid, a.headline, m.article_key, m.entity_key, m.place_code
FROM fact_entity_mention m
JOIN dim_entity e ON e.entity_key = m.entity_key
JOIN fact_article a ON a.article_key = m.article_key
JOIN dim_date d ON d.date_key = m.date_key
JOIN dim_source s ON s.source_key = m.source_key;
COMMENT ON VIEW v_entity_mention IS 'Who and what each article names, by name and type, with the article''s date, paper and headline. Grain: article and entity.';

CREATE OR REPLACE VIEW v_quantity AS
SELECT d.full_date AS edition_date, s.source_code, s.source_name, q.indicator, q.text, q.value, q.value_high, q.unit_code,
       u.dimension, q.base_value, u.base_unit, q.qualifier,
       regexp_extract(substr(a.body, 1, q.char_offset), '[^。！？!?\n]*$') || q.text
           || regexp_extract(substr(a.body, q.char_offset + 1 + length(q.text)), '^[^。！？!?\n]*[。！？!?]?') AS sentence,
       a.article_uid, a.headline, q.quantity_key, q.article_key
FROM fact_quantity q
JOIN fact_article a ON a.article_key = q.article_key
JOIN dim_unit u ON u.unit_code = q.unit_code
JOIN dim_date d ON d.date_key = q.date_key
JOIN dim_source s ON s.source_key = q.source_key;
COMMENT ON VIEW v_quantity IS 'Every amount with its unit, base value and the sentence it stands in. Grain: amount.';

CREATE OR REPLACE VIEW v_person_title AS
SELECT d.full_date AS edition_date, s.source_code, s.source_name, p.canonical_name AS person, t.title, o.canonical_name AS organisation,
       a.article_uid, a.headline, t.article_key
FROM fact_person_title t
JOIN dim_entity p ON p.entity_key = t.person_entity_key
LEFT JOIN dim_entity o ON o.entity_key = t.org_entity_key
JOIN fact_article a ON a.article_key = t.article_key
JOIN dim_date d ON d.date_key = t.date_key
JOIN dim_source s ON s.source_key = t.source_key;
COMMENT ON VIEW v_person_title IS 'People''s posts as the papers give them, by date: who held which title where, and when it was printed. Grain: article, person, organisation, title.';

CREATE OR REPLACE VIEW v_place_mention AS
SELECT d.full_date AS edition_date, d.year, d.month, s.source_code, e.entity_type, e.canonical_name, m.mention_count,
       p.place_code, p.name AS place_name, p.level_name, p.province_name, p.city_name, p.county_name,
       m.article_key, m.entity_key
FROM fact_entity_mention m
JOIN dim_place p ON p.place_code = m.place_code
JOIN dim_entity e ON e.entity_key = m.entity_key
JOIN dim_date d ON d.date_key = m.date_key
JOIN dim_source s ON s.source_key = m.source_key;
COMMENT ON VIEW v_place_mention IS 'Places (and organisations named after a place) linked to their administrative division, with the province, city and county it lies in. Grain: article and entity.';

CREATE OR REPLACE VIEW v_place_rollup AS
SELECT d.full_date AS edition_date, d.year, d.month, s.source_code, up.place_code, up.name AS place_name, up.level,
       up.level_name, up.province_name, e.entity_type, e.canonical_name AS named_as, p.place_code AS named_code,
       m.mention_count, m.article_key, m.entity_key
FROM fact_entity_mention m
JOIN dim_place p ON p.place_code = m.place_code
JOIN dim_place up ON up.place_code IN (p.place_code, p.province_code, p.city_code, p.county_code)
JOIN dim_entity e ON e.entity_key = m.entity_key
JOIN dim_date d ON d.date_key = m.date_key
JOIN dim_source s ON s.source_key = m.source_key;
COMMENT ON VIEW v_place_rollup IS 'Each linked mention counted at its own division and at every division above it (a township counts for its county, city and province): group by place_code and level to compare counties, cities or provinces. Grain: article, entity and division.';
