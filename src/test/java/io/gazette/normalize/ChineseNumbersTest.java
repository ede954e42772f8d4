package io.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, 0", "7, 7", "1024, 1024", "'1,024', 1024", "33.03, 33.03", "1.05万, 10500", "3千万, 30000000", "480亿, 48000000000",
        "4.5万亿, 4500000000000", "一, 1", "十, 10", "十二, 12", "二十, 20", "一百二十三, 123", "两千, 2000", "三千五百万, 35000000",
        "一亿二千万, 120000000", "十二万三千, 123000", "一万零五, 10005", "二〇二四, 2024", "一二三, 123", "零点五, 0.5",
        "三点一四, 3.14", "两百, 200", "一千零一, 1001", "九万九千九百九十九, 99999", "百, 100", "百亿, 10000000000", "一万亿, 1000000000000",
    })
    void parseWhenWanAndYiMixed(String text, String value) {
        assertThat(ChineseNumbers.parse(text.replace("\"", ""))).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十几万", "几十万", "十几"})
    void approximateDigitsAreFlagged(String text) {
        assertThat(ChineseNumbers.isApproximate(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"十abc", "三x"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> ChineseNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
