package io.gazette.nlp;

/** The kinds of names Gazette records (dim_entity.entity_type). */
public enum EntityType {
    PERSON, ORG, PLACE
}
