-- What the coded columns hold: one row per table, column and code. Join with
--   JOIN dim_code c ON c.table_name = 'fact_quantity' AND c.column_name = 'qualifier' AND c.code = q.qualifier
-- Rewritten on every open, so it always describes the Gazette that last wrote the warehouse.
CREATE TABLE IF NOT EXISTS dim_code (
    table_name   VARCHAR NOT NULL,
    column_name  VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    meaning      VARCHAR NOT NULL,
    PRIMARY KEY (table_name, column_name, code)
);

INSERT OR REPLACE INTO dim_code (table_name, column_name, code, meaning) VALUES
    ('dim_entity', 'entity_type', 'PERSON', 'a person'),
    ('dim_entity', 'entity_type', 'ORG', 'an organisation: a body of government or the party, a company, school, team, association'),
    ('dim_entity', 'entity_type', 'PLACE', 'a place: a country, region, administrative division, village, community, street office or venue'),
    ('fact_article', 'kind', 'news', 'an article with a headline and a body'),
    ('fact_article', 'kind', 'photo', 'a picture with its caption and little or no text'),
    ('fact_article', 'kind', 'fragment', 'text with no headline of its own: a continuation from another page, a box, a notice'),
    ('bridge_article_author', 'role', 'reporter', 'a reporter of the paper or an agency (记者)'),
    ('bridge_article_author', 'role', 'correspondent', 'a correspondent or intern (通讯员, 实习生)'),
    ('bridge_article_author', 'role', 'photographer', 'who took the picture (摄, 摄影)'),
    ('bridge_article_author', 'role', 'editor', 'a page credit: layout, graphics, page editor (版式设计, 责编, 制图)'),
    ('bridge_article_author', 'role', 'writer', 'the signed author of an essay or commentary'),
    ('fact_page_credit', 'role', 'editor', 'a page credit: layout, graphics, page editor (版式设计, 责编, 制图)'),
    ('fact_entity_occurrence', 'field', 'headline', 'fact_article.headline'),
    ('fact_entity_occurrence', 'field', 'subtitle', 'fact_article.subtitle'),
    ('fact_entity_occurrence', 'field', 'body', 'fact_article.body'),
    ('fact_quantity', 'qualifier', 'exact', 'as printed'),
    ('fact_quantity', 'qualifier', 'approx', 'about (约, 近, 左右, 几)'),
    ('fact_quantity', 'qualifier', 'over', 'more than (多, 余, 以上, 超过)'),
    ('fact_quantity', 'qualifier', 'under', 'less than (不足, 以下, 以内)'),
    ('fact_quantity', 'qualifier', 'range', 'from value to value_high (3至5)'),
    ('fact_date_mention', 'granularity', 'day', 'a day'),
    ('fact_date_mention', 'granularity', 'month', 'a month; resolved_date is its first day'),
    ('fact_date_mention', 'granularity', 'quarter', 'a quarter; resolved_date is its first day'),
    ('fact_date_mention', 'granularity', 'half', 'a half year; resolved_date is its first day'),
    ('fact_date_mention', 'granularity', 'year', 'a year; resolved_date is 1 January'),
    ('etl_archive', 'status', 'loaded', 'the edition was loaded'),
    ('etl_archive', 'status', 'failed', 'the archive could not be loaded; message says why, the next run tries again'),
    ('etl_archive', 'status', 'skipped', 'unchanged since its last load'),
    ('etl_archive', 'status', 'removed', 'taken out with gazette remove; the nightly run does not bring the same archive back'),
    ('etl_reject', 'stage', 'inbox', 'the archive''s name or place in the inbox'),
    ('etl_reject', 'stage', 'archive', 'the archive itself (unreadable, truncated, unsafe entries, not a page)'),
    ('etl_reject', 'stage', 'decode', 'a page''s text could not be decoded'),
    ('etl_reject', 'stage', 'analyse', 'splitting and analysis of the pages'),
    ('etl_reject', 'stage', 'process', 'any other failure while an edition was processed'),
    ('etl_reject', 'stage', 'load', 'writing the edition to the warehouse'),
    -- HanLP's part-of-speech tags (its documented tag set); the most frequent in news.
    ('fact_term', 'pos', 'n', 'noun'), ('fact_term', 'pos', 'nr', 'person''s name'), ('fact_term', 'pos', 'nrf', 'transliterated person''s name'),
    ('fact_term', 'pos', 'nrj', 'Japanese person''s name'), ('fact_term', 'pos', 'ns', 'place name'), ('fact_term', 'pos', 'nsf', 'transliterated place name'),
    ('fact_term', 'pos', 'nt', 'organisation name'), ('fact_term', 'pos', 'ntc', 'company name'), ('fact_term', 'pos', 'ntcb', 'bank'),
    ('fact_term', 'pos', 'ntu', 'university'), ('fact_term', 'pos', 'nto', 'government body'), ('fact_term', 'pos', 'nit', 'educational body'),
    ('fact_term', 'pos', 'nis', 'organisation suffix (局, 委员会, 公司)'), ('fact_term', 'pos', 'nnt', 'post or title (书记, 主任)'),
    ('fact_term', 'pos', 'nnd', 'occupation'), ('fact_term', 'pos', 'nz', 'other proper noun'), ('fact_term', 'pos', 'nx', 'proper noun in Latin letters'),
    ('fact_term', 'pos', 'ng', 'noun morpheme'), ('fact_term', 'pos', 'nf', 'food'), ('fact_term', 'pos', 'nhd', 'disease'),
    ('fact_term', 'pos', 'v', 'verb'), ('fact_term', 'pos', 'vn', 'verbal noun (建设, 发展)'), ('fact_term', 'pos', 'vi', 'intransitive verb'),
    ('fact_term', 'pos', 'vd', 'verb used as adverb'), ('fact_term', 'pos', 'vf', 'directional verb'), ('fact_term', 'pos', 'vx', 'formal verb (进行, 加以)'),
    ('fact_term', 'pos', 'vl', 'verbal idiom'), ('fact_term', 'pos', 'a', 'adjective'), ('fact_term', 'pos', 'ad', 'adjective used as adverb'),
    ('fact_term', 'pos', 'an', 'adjective used as noun'), ('fact_term', 'pos', 'al', 'adjectival idiom'), ('fact_term', 'pos', 'b', 'distinguishing word (国有, 省级)'),
    ('fact_term', 'pos', 'bl', 'distinguishing idiom'), ('fact_term', 'pos', 'd', 'adverb'), ('fact_term', 'pos', 'dl', 'adverbial idiom'),
    ('fact_term', 'pos', 't', 'time word (今年, 目前)'), ('fact_term', 'pos', 's', 'place word (农村, 基层)'), ('fact_term', 'pos', 'f', 'locative (上, 中, 以来)'),
    ('fact_term', 'pos', 'r', 'pronoun'), ('fact_term', 'pos', 'rr', 'personal pronoun'), ('fact_term', 'pos', 'rz', 'demonstrative pronoun'),
    ('fact_term', 'pos', 'rzs', 'demonstrative of place'), ('fact_term', 'pos', 'rzt', 'demonstrative of time'), ('fact_term', 'pos', 'rzv', 'predicative demonstrative'),
    ('fact_term', 'pos', 'ry', 'interrogative pronoun'), ('fact_term', 'pos', 'rys', 'interrogative of place'), ('fact_term', 'pos', 'ryt', 'interrogative of time'),
    ('fact_term', 'pos', 'ryv', 'predicative interrogative'), ('fact_term', 'pos', 'm', 'numeral'), ('fact_term', 'pos', 'q', 'measure word'),
    ('fact_term', 'pos', 'p', 'preposition'), ('fact_term', 'pos', 'c', 'conjunction'), ('fact_term', 'pos', 'u', 'particle'), ('fact_term', 'pos', 'uls', 'particle 来讲, 来说'),
    ('fact_term', 'pos', 'z', 'descriptive word'), ('fact_term', 'pos', 'j', 'abbreviation'), ('fact_term', 'pos', 'i', 'set phrase (成语)'),
    ('fact_term', 'pos', 'l', 'idiom'), ('fact_term', 'pos', 'o', 'onomatopoeia'), ('fact_term', 'pos', 'gi', 'computing term'), ('fact_term', 'pos', 'gm', 'mathematics term'),
    ('fact_term', 'pos', 'gg', 'geography or geology term'), ('fact_term', 'pos', 'gb', 'biology term');

COMMENT ON TABLE dim_code IS 'What the codes of the coded columns mean. Grain: table, column, code.';
COMMENT ON COLUMN dim_code.table_name IS 'The table of the coded column.';
COMMENT ON COLUMN dim_code.column_name IS 'The coded column.';
COMMENT ON COLUMN dim_code.code IS 'A value the column holds.';
COMMENT ON COLUMN dim_code.meaning IS 'What it means.';
