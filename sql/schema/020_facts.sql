-- Facts. No primary keys here on purpose: an edition is replaced by delete-then-append in one
-- transaction, and uniqueness is asserted by sql/checks instead. Every fact carries source_key and
-- date_key so that replacing an edition touches only that edition's row groups.
CREATE TABLE IF NOT EXISTS fact_article (
    article_key     BIGINT NOT NULL,
    article_uid     VARCHAR NOT NULL,      -- source/yyyy-mm-dd/page/seq
    source_key      INTEGER NOT NULL,
    date_key        INTEGER NOT NULL,      -- edition date
    page_no         INTEGER NOT NULL,
    seq_no          INTEGER NOT NULL,
    headline        VARCHAR,
    subtitle        VARCHAR,
    byline          VARCHAR,
    event_date      DATE,
    body            VARCHAR NOT NULL,
    char_count      INTEGER NOT NULL,
    paragraph_count INTEGER NOT NULL,
    archive_path    VARCHAR NOT NULL,
    entry_name      VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,      -- news, photo, fragment
    caption         VARCHAR,
    agency          VARCHAR,               -- who the text comes from: 本报 (the paper), 新华社, 人民网 ... (dateline or credit)
    dateline_place  VARCHAR                -- 北京 of 本报北京1月7日电
);

CREATE TABLE IF NOT EXISTS bridge_article_author (
    article_key  BIGINT NOT NULL,
    author_key   INTEGER NOT NULL,
    role         VARCHAR NOT NULL,         -- reporter, correspondent, photographer, writer
    source_key   INTEGER NOT NULL,
    date_key     INTEGER NOT NULL
);

-- Credits printed for a page rather than an article (版式设计, 本版责编, 制图): one row per person.
CREATE TABLE IF NOT EXISTS fact_page_credit (
    source_key   INTEGER NOT NULL,
    date_key     INTEGER NOT NULL,
    page_no      INTEGER NOT NULL,
    author_key   INTEGER NOT NULL,
    role         VARCHAR NOT NULL,         -- editor
    credit_line  VARCHAR NOT NULL          -- the line as printed
);

CREATE TABLE IF NOT EXISTS fact_entity_mention (
    article_key   BIGINT NOT NULL,
    entity_key    INTEGER NOT NULL,
    source_key    INTEGER NOT NULL,
    date_key      INTEGER NOT NULL,
    mention_count INTEGER NOT NULL,            -- occurrences in headline, subtitle and body
    first_offset  INTEGER,                     -- characters before the first occurrence in the body; null when named only in titles
    in_title      BOOLEAN,                     -- named in the headline or the subtitle
    place_code    VARCHAR                      -- dim_place: the division a place names, or an organisation is named after
);

-- One row per occurrence of an entity in an article: the surface form as printed and where it stands, so an
-- analyst can show a name in its sentence (substr(body, char_offset + 1, length(surface)) where field = 'body').
CREATE TABLE IF NOT EXISTS fact_entity_occurrence (
    article_key   BIGINT NOT NULL,
    entity_key    INTEGER NOT NULL,
    source_key    INTEGER NOT NULL,
    date_key      INTEGER NOT NULL,
    surface       VARCHAR NOT NULL,
    char_offset   INTEGER NOT NULL,            -- characters (code points) into fact_article's column named by field
    field         VARCHAR                      -- headline, subtitle or body
);

CREATE TABLE IF NOT EXISTS fact_quantity (
    quantity_key BIGINT NOT NULL,          -- article_key * 10000 + position in the article
    article_key  BIGINT NOT NULL,
    source_key   INTEGER NOT NULL,
    date_key     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    value        DECIMAL(38, 6) NOT NULL,
    value_high   DECIMAL(38, 6),
    unit_code    VARCHAR NOT NULL,
    base_value   DECIMAL(38, 6) NOT NULL,
    qualifier    VARCHAR NOT NULL,         -- exact, approx, over, under, range
    indicator    VARCHAR,
    char_offset  INTEGER NOT NULL          -- characters (code points) into fact_article.body
);

CREATE TABLE IF NOT EXISTS fact_date_mention (
    article_key   BIGINT NOT NULL,
    source_key    INTEGER NOT NULL,
    date_key      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    resolved_date DATE NOT NULL,
    granularity   VARCHAR NOT NULL,        -- day, month, quarter, half, year
    char_offset   INTEGER NOT NULL         -- characters (code points) into fact_article.body
);

CREATE TABLE IF NOT EXISTS fact_person_title (
    article_key       BIGINT NOT NULL,
    person_entity_key INTEGER NOT NULL,
    org_entity_key    INTEGER,
    title             VARCHAR NOT NULL,
    date_key          INTEGER NOT NULL,
    source_key        INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS fact_term (
    article_key  BIGINT NOT NULL,
    date_key     INTEGER NOT NULL,
    term         VARCHAR NOT NULL,
    pos          VARCHAR NOT NULL,
    term_count   INTEGER NOT NULL,
    source_key   INTEGER NOT NULL
);
