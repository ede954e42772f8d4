package io.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "■通讯员 李 侃|李侃/correspondent",
        "■通讯员 吕 彪 张晚帆|吕彪/correspondent,张晚帆/correspondent",
        "■通讯员 易子晗 叶 玲|易子晗/correspondent,叶玲/correspondent",
        "■融媒体记者 杭卫东|杭卫东/reporter",
        "■本报记者 王五 通讯员 赵六|王五/reporter,赵六/correspondent",
        "记者 张三 李四|张三/reporter,李四/reporter",
        "(记者 张三 摄)|张三/photographer",
        "文/张三 图/李四|张三/reporter,李四/photographer",
        "■见习记者 欧阳明月|欧阳明月/reporter",
        "本报记者 刘洋、孙丽|刘洋/reporter,孙丽/reporter",
    })
    void parsesRolesAndRejoinsSpacedNames(String byline, String expected) {
        String actual = parser.parse(byline).stream().map(a -> a.name() + "/" + a.role()).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本报讯(记者 徐明 通讯员 严 华) 日前,会议召开。|徐明/reporter,严华/correspondent",
        "本报讯 日前,会议召开。|",
        "本报北京3月5日电 (记者 张三 李四) 全国两会开幕。|张三/reporter,李四/reporter",
    })
    void readsCreditsInTheLead(String lead, String expected) {
        String actual = parser.parseLead(lead).stream().map(a -> a.name() + "/" + a.role()).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(expected == null ? "" : expected);
    }
}
