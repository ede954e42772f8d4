package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void sortsNumbersByValue() {
        List<String> names = new ArrayList<>(List.of("page10.txt", "page2.txt", "page1.txt", "A03/p1.txt", "A01/p12.txt", "A01/p3.txt"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("A01/p3.txt", "A01/p12.txt", "A03/p1.txt", "page1.txt", "page2.txt", "page10.txt");
    }

    @Test
    void leadingZerosAndHugeNumbersCompare() {
        assertThat(NaturalOrder.INSTANCE.compare("p007.txt", "p7.txt")).isNotZero();
        assertThat(NaturalOrder.INSTANCE.compare("p99999999999999999999.txt", "p100000000000000000000.txt")).isNegative();
    }
}
