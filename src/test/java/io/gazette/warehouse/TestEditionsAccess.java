package io.gazette.warehouse;

import io.gazette.analysis.AnalysedEdition;

/** The warehouse tests' one-article edition, for tests in other packages. */
public final class TestEditionsAccess {

    private TestEditionsAccess() {
    }

    public static AnalysedEdition edition() {
        return TestEditions.edition("地区生产总值480亿元");
    }
}
