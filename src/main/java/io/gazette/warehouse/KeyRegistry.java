package io.gazette.warehouse;

import io.gazette.archive.SourceInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Finds or assigns the integer keys of dimension rows. Keys are never reused or renumbered, so a reload gives
 * an article, author, source or entity the key it had before. Only the single writer thread uses it.
 */
final class KeyRegistry {

    private final Connection connection;

    KeyRegistry(Connection connection) {
        this.connection = connection;
    }

    int source(SourceInfo source) throws SQLException {
        Long key = lookup("SELECT source_key FROM dim_source WHERE source_code = ?", source.code());
        if (key != null) {
            update("UPDATE dim_source SET source_name = ?, region = ? WHERE source_key = ?", source.name(), source.region(), key);
            return key.intValue();
        }
        long next = nextKey("dim_source", "source_key");
        update("INSERT INTO dim_source VALUES (?, ?, ?, ?)", next, source.code(), source.name(), source.region());
        return (int) next;
    }

    int author(String name) throws SQLException {
        Long key = lookup("SELECT author_key FROM dim_author WHERE name = ?", name);
        if (key != null) {
            return key.intValue();
        }
        long next = nextKey("dim_author", "author_key");
        update("INSERT INTO dim_author VALUES (?, ?)", next, name);
        return (int) next;
    }

    int entity(String canonical, String type) throws SQLException {
        Long key = lookup("SELECT entity_key FROM dim_entity WHERE canonical_name = ? AND entity_type = ?", canonical, type);
        if (key != null) {
            return key.intValue();
        }
        long next = nextKey("dim_entity", "entity_key");
        update("INSERT INTO dim_entity VALUES (?, ?, ?)", next, canonical, type);
        return (int) next;
    }

    void alias(String alias, int entityKey) throws SQLException {
        update("INSERT OR IGNORE INTO dim_entity_alias VALUES (?, ?)", alias, entityKey);
    }

    long article(String uid) throws SQLException {
        Long key = lookup("SELECT article_key FROM key_article WHERE article_uid = ?", uid);
        if (key != null) {
            return key;
        }
        long next = nextKey("key_article", "article_key");
        update("INSERT INTO key_article VALUES (?, ?)", uid, next);
        return next;
    }

    private Long lookup(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private long nextKey(String table, String column) throws SQLException {
        // Table and column names are constants of this class, never input.
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
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
