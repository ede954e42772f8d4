package io.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "本报讯 昨天下午，全区召开会议。|本报|-|-|-|-",
        "本报南京讯(记者 张三) 全省推进|本报|南京|-|-|记者 张三",
        "本报北京1月7日电 (记者 张三 李四) 国务院|本报|北京|1|7|记者 张三 李四",
        "新华社东京3月2日电 日本政府|新华社|东京|3|2|-",
        "(据新华社电) 记者获悉|新华社|-|-|-|-",
        "海峡日报福州十月八日电 福建省|海峡日报|福州|十|八|-",
        "江城网讯 近日，|江城网|-|-|-|-",
        "南京1月7日电 江苏省|-|南京|1|7|-",
    })
    void readsAgencyPlaceDateAndCredits(String text, String agency, String place, String month, String day, String credits) {
        Dateline d = Dateline.of(text).orElseThrow();
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
        assertThat(d.credits()).isEqualTo(credits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"国家电网公司供电所今年完成改造。", "记者从市交通局获悉，", "据报道，今年全市", "本地电视台报道了这件事。",
        "1月7日电力公司宣布"})
    void ordinarySentencesAreNoDateline(String text) {
        assertThat(Dateline.opens(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void endsAfterTheCredits() {
        String text = "本报北京1月7日电 (记者 张三) 国务院新闻办";
        assertThat(text.substring(Dateline.of(text).orElseThrow().end())).isEqualTo("国务院新闻办");
    }
}
