package io.gazette.warehouse;

import io.gazette.archive.SourceInfo;
import io.gazette.nlp.EntityType;
import io.gazette.place.Gazetteer;
import io.gazette.place.PlaceLinker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds or assigns the integer keys of dimension rows. Keys are never reused or renumbered, so a reload gives
 * an article, author, source or entity the key it had before. Only the single writer thread uses it; it caches
 * what it has seen, and must be {@link #forget() told} when a transaction is rolled back.
 */
final class KeyRegistry implements Keys {

    /** An entity's division when its name alone says which (淮安 yes, 新华区 no: that is resolved per mention). */
    private static final PlaceLinker PLACES = new PlaceLinker(Gazetteer.bundled());

    private final Connection connection;
    private final Map<String, Integer> authors = new HashMap<>();
    private final Map<String, Integer> entities = new HashMap<>();
    private final Set<String> aliases = new HashSet<>();
    private final Map<String, Long> nextKeys = new HashMap<>();

    KeyRegistry(Connection connection) {
        this.connection = connection;
    }

    /** Drops everything cached: keys handed out in a rolled-back transaction do not exist. */
    void forget() {
        authors.clear();
        entities.clear();
        aliases.clear();
        nextKeys.clear();
    }

    int source(SourceInfo source) throws SQLException {
        Long key = lookup("SELECT source_key FROM dim_source WHERE source_code = ?", source.code());
        if (key != null) {
            update("UPDATE dim_source SET source_name = ?, region = ? WHERE source_key = ?", source.name(), source.region(), key);
            return key.intValue();
        }
        long next = nextKey("dim_source", "source_key");
        update("INSERT INTO dim_source (source_key, source_code, source_name, region) VALUES (?, ?, ?, ?)", next, source.code(),
            source.name(), source.region());
        return (int) next;
    }

    @Override
    public int author(String name) throws SQLException {
        Integer cached = authors.get(name);
        if (cached != null) {
            return cached;
        }
        Long key = lookup("SELECT author_key FROM dim_author WHERE name = ?", name);
        if (key == null) {
            key = nextKey("dim_author", "author_key");
            update("INSERT INTO dim_author (author_key, name) VALUES (?, ?)", key, name);
        }
        authors.put(name, key.intValue());
        return key.intValue();
    }

    @Override
    public int entity(String canonical, EntityType type) throws SQLException {
        String id = type + "\t" + canonical;
        Integer cached = entities.get(id);
        if (cached != null) {
            return cached;
        }
        Long key = lookup("SELECT entity_key FROM dim_entity WHERE canonical_name = ? AND entity_type = ?", canonical, type.name());
        if (key == null) {
            key = nextKey("dim_entity", "entity_key");
            update("INSERT INTO dim_entity (entity_key, canonical_name, entity_type, place_code) VALUES (?, ?, ?, ?)", key, canonical,
                type.name(), PLACES.codeOf(canonical, type).orElse(null));
        }
        entities.put(id, key.intValue());
        return key.intValue();
    }

    @Override
    public void alias(String alias, int entityKey) throws SQLException {
        if (aliases.add(entityKey + "\t" + alias)) {
            update("INSERT OR IGNORE INTO dim_entity_alias (alias, entity_key) VALUES (?, ?)", alias, entityKey);
        }
    }

    long article(String uid) throws SQLException {
        Long key = lookup("SELECT article_key FROM key_article WHERE article_uid = ?", uid);
        if (key != null) {
            return key;
        }
        long next = nextKey("key_article", "article_key");
        update("INSERT INTO key_article (article_uid, article_key) VALUES (?, ?)", uid, next);
        return next;
    }

    private Long lookup(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private long nextKey(String table, String column) throws SQLException {
        Long next = nextKeys.get(table);
        if (next == null) {
            // Table and column names are constants of this class, never input.
            try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
        }
        nextKeys.put(table, next + 1);
        return next;
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
