-- No fact points at an article, entity, author or unit that does not exist.
SELECT 'bridge_article_author.article_key' AS orphan, b.article_key AS key_value FROM bridge_article_author b ANTI JOIN fact_article a USING (article_key)
UNION ALL SELECT 'bridge_article_author.author_key', b.author_key FROM bridge_article_author b ANTI JOIN dim_author USING (author_key)
UNION ALL SELECT 'fact_entity_mention.article_key', m.article_key FROM fact_entity_mention m ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_entity_mention.entity_key', m.entity_key FROM fact_entity_mention m ANTI JOIN dim_entity USING (entity_key)
UNION ALL SELECT 'fact_entity_occurrence.article_key', o.article_key FROM fact_entity_occurrence o ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_entity_occurrence.entity_key', o.entity_key FROM fact_entity_occurrence o ANTI JOIN dim_entity USING (entity_key)
UNION ALL SELECT 'fact_quantity.article_key', q.article_key FROM fact_quantity q ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_quantity.unit_code', 0 FROM fact_quantity q ANTI JOIN dim_unit USING (unit_code)
UNION ALL SELECT 'fact_date_mention.article_key', d.article_key FROM fact_date_mention d ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_person_title.article_key', t.article_key FROM fact_person_title t ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_person_title.person_entity_key', t.person_entity_key FROM fact_person_title t
          ANTI JOIN dim_entity e ON e.entity_key = t.person_entity_key
UNION ALL SELECT 'fact_term.article_key', t.article_key FROM fact_term t ANTI JOIN fact_article USING (article_key)
UNION ALL SELECT 'fact_page_credit.author_key', c.author_key FROM fact_page_credit c ANTI JOIN dim_author USING (author_key)
UNION ALL SELECT 'dim_entity_alias.entity_key', a.entity_key FROM dim_entity_alias a ANTI JOIN dim_entity USING (entity_key);
