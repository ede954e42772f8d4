package io.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: src/test/resources/normalize/quantities.tsv holds sentences and the amounts they carry. */
class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.bundled();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = QuantityExtractorTest.class.getResourceAsStream("/normalize/quantities.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    cases.add(Arguments.of(parts[0], parts[1].strip()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void extractsWhatTheSentenceMeasures(String sentence, String expected) {
        List<String> actual = EXTRACTOR.extract(sentence).stream().map(QuantityExtractorTest::describe).toList();
        List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split("\\s*\\|\\s*"));
        assertThat(actual).as(sentence).containsExactlyElementsOf(wanted.stream().map(QuantityExtractorTest::normalise).toList());
    }

    @Test
    void casesTableHasAtLeastThreeHundredSentences() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "预计完成地区生产总值480亿元,同比增长7.5%|地区生产总值,同比增长",
        "实现一般公共预算收入33.03亿元|一般公共预算收入",
        "全年外贸进出口230亿元|外贸进出口",
        "协议总投资488.48亿元|协议总投资",
        "新建学校6所|",
    })
    void namesTheIndicatorBeforeTheAmount(String sentence, String indicators) {
        List<String> found = EXTRACTOR.extract(sentence).stream().map(q -> q.indicator() == null ? "" : q.indicator()).toList();
        assertThat(String.join(",", found)).isEqualTo(indicators == null ? "" : indicators);
    }

    @Test
    void baseValueUsesTheUnitFactor() {
        Quantity mu = EXTRACTOR.extract("盘活土地1024亩").get(0);
        assertThat(mu.baseValue()).isEqualByComparingTo("682666.6667008");
        Quantity gw = EXTRACTOR.extract("50GW单晶硅片").get(0);
        assertThat(gw.baseValue()).isEqualByComparingTo(new BigDecimal("50000000000"));
    }

    @Test
    void offsetsPointAtTheAmount() {
        String text = "全年新签约亿元以上项目81个";
        Quantity q = EXTRACTOR.extract(text).get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()).isEqualTo("81个");
    }

    private static String describe(Quantity q) {
        return normalise(q.value().toPlainString() + " " + q.unitCode() + " " + q.qualifier().code()
            + (q.valueHigh() == null ? "" : " " + q.valueHigh().toPlainString()));
    }

    private static String normalise(String description) {
        String[] parts = description.split(" ");
        parts[0] = plain(parts[0]);
        if (parts.length > 3) {
            parts[3] = plain(parts[3]);
        }
        return String.join(" ", parts);
    }

    private static String plain(String number) {
        BigDecimal d = new BigDecimal(number).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
