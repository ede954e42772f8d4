package io.gazette.text;

import java.util.Locale;

/** An enum whose constants the warehouse stores as codes: the constant's name in lower case (REPORTER -> reporter). */
public interface Coded {

    /** The constant's name (every enum has it). */
    String name();

    /** The code stored in the warehouse. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
