package io.gazette.warehouse;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Gazette's one JSON writer (Jackson), for the rows of {@code query} and the items of {@code extract}. */
public final class Json {

    /** Decimals in plain notation (48000000000, not 4.8E+10), so that no reader rounds them through a double's form. */
    public static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Json() {
    }
}
