-- Dimensions. Idempotent: safe to run before every command.
CREATE TABLE IF NOT EXISTS dim_date (
    date_key     INTEGER PRIMARY KEY,      -- yyyymmdd
    full_date    DATE NOT NULL,
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    day          INTEGER NOT NULL,
    day_of_week  INTEGER NOT NULL,         -- ISO: 1 = Monday .. 7 = Sunday
    iso_week     INTEGER NOT NULL,
    iso_year     INTEGER NOT NULL,
    half         INTEGER NOT NULL          -- 1 or 2
);

-- Every day an edition can carry (the inbox refuses dates outside it): 1800-01-01 to 2100-12-31. Warehouses
-- made when the range began in 1900 get the missing days once.
INSERT OR IGNORE INTO dim_date
SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), quarter(d), month(d), day(d),
       isodow(d), weekofyear(d), isoyear(d), CASE WHEN month(d) <= 6 THEN 1 ELSE 2 END
FROM generate_series(TIMESTAMP '1800-01-01', TIMESTAMP '2100-12-31', INTERVAL 1 DAY) AS t(d)
WHERE NOT EXISTS (SELECT 1 FROM dim_date WHERE date_key = 18000101);

CREATE TABLE IF NOT EXISTS dim_source (
    source_key   INTEGER PRIMARY KEY,
    source_code  VARCHAR NOT NULL UNIQUE,
    source_name  VARCHAR NOT NULL,
    region       VARCHAR
);

CREATE TABLE IF NOT EXISTS dim_entity (
    entity_key     INTEGER PRIMARY KEY,
    canonical_name VARCHAR NOT NULL,
    entity_type    VARCHAR NOT NULL,       -- PERSON, ORG, PLACE
    place_code     VARCHAR,                -- dim_place, when the name alone says which division (see fact_entity_mention)
    UNIQUE (canonical_name, entity_type)
);

-- The one relation declared as a foreign key: DuckDB checks a key on every change of the rows it joins, and an
-- entity is never deleted; the facts' relations, replaced an edition at a time, are proven by the data checks.
CREATE TABLE IF NOT EXISTS dim_entity_alias (
    alias        VARCHAR NOT NULL,
    entity_key   INTEGER NOT NULL REFERENCES dim_entity (entity_key),
    PRIMARY KEY (alias, entity_key)
);

CREATE TABLE IF NOT EXISTS dim_author (
    author_key   INTEGER PRIMARY KEY,
    name         VARCHAR NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS dim_unit (
    unit_code      VARCHAR PRIMARY KEY,
    dimension      VARCHAR NOT NULL,
    base_unit      VARCHAR NOT NULL,
    factor_to_base DECIMAL(38, 10) NOT NULL,
    label_zh       VARCHAR NOT NULL
);

-- Stable integer keys for article_uid (source/date/page/seq): a reload reuses the key an article had.
CREATE TABLE IF NOT EXISTS key_article (
    article_uid  VARCHAR PRIMARY KEY,
    article_key  BIGINT NOT NULL UNIQUE
);

-- China's administrative divisions (the gazetteer Gazette ships, filled by Gazette when it opens the warehouse).
CREATE TABLE IF NOT EXISTS dim_place (
    place_code    VARCHAR PRIMARY KEY,       -- statistical division code: 2 province, 4 city, 6 county, 9 township, 12 village
    name          VARCHAR NOT NULL,
    level         INTEGER NOT NULL,          -- 1 province, 2 city, 3 county, 4 township, 5 village
    level_name    VARCHAR NOT NULL,          -- province, city, county, township, village
    parent_code   VARCHAR,
    province_code VARCHAR NOT NULL,
    province_name VARCHAR NOT NULL,
    city_code     VARCHAR,
    city_name     VARCHAR,
    county_code   VARCHAR,
    county_name   VARCHAR
);
