package io.gazette.warehouse;

import io.gazette.nlp.EntityType;
import java.sql.SQLException;

/**
 * The dimension keys a fact row points at. In the loader they are found or assigned in the warehouse
 * ({@link KeyRegistry}); a test of the row mapping hands out keys of its own, with no database.
 */
public interface Keys {

    /** The key of an author (dim_author), assigned on first sight. */
    int author(String name) throws SQLException;

    /** The key of an entity (dim_entity), assigned on first sight. */
    int entity(String canonical, EntityType type) throws SQLException;

    /** Records a surface form of an entity (dim_entity_alias). */
    void alias(String alias, int entityKey) throws SQLException;
}
