package io.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "■通讯员 周 立|周立/correspondent",
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
        String actual = parser.parse(byline).stream().map(a -> a.name() + "/" + a.role().code()).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本报讯(记者 徐明 通讯员 严 华) 日前,会议召开。|徐明/reporter,严华/correspondent",
        "本报讯 日前,会议召开。|",
        "本报北京3月5日电 (记者 张三 李四) 全国两会开幕。|张三/reporter,李四/reporter",
    })
    void readsCreditsInTheLead(String lead, String expected) {
        String actual = parser.parseLead(lead).stream().map(a -> a.name() + "/" + a.role().code()).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(本报记者王强、李丽)|王强/reporter,李丽/reporter|null|null",
        "(据新华社电)||新华社|null",
        "(新华社杭州5月6日电  记者周明、吴亮)|周明/reporter,吴亮/reporter|新华社|杭州",
        "新华社记者 郑海摄|郑海/photographer|新华社|null",
        "张军摄(视觉新闻)|张军/photographer|null|null",
        "孙伟  冯雪整理|孙伟/reporter,冯雪/reporter|null|null",
        "(执笔:吴 峰)|吴峰/writer|null|null",
        "(林 海)|林海/writer|null|null",
        "(作者为某研究院研究员,本报记者钱东采访整理)|钱东/reporter|null|null",
    })
    void readsClosingPhotoAndSignatureCredits(String line, String people, String agency, String place) {
        assertCredit(parser.parseCredit(line), people, agency, place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本报成都4月2日电  (记者何欣)全省春播进度过半。|何欣/reporter|本报|成都",
        "新华社北京4月2日电 国务院新闻办公室今天举行发布会。||新华社|北京",
        "据新华社电  (记者曹阳)某地发生地震。|曹阳/reporter|新华社|null",
        "本报讯(记者 刘洋 通讯员 孙丽) 近日,调研举行。|刘洋/reporter,孙丽/correspondent|本报|null",
        "人民网北京4月2日电(记者葛欣)会议召开。|葛欣/reporter|人民网|北京",
    })
    void readsTheAgencyPlaceAndCreditsOfADateline(String paragraph, String people, String agency, String place) {
        assertCredit(parser.parseDateline(paragraph), people, agency, place);
    }

    private static void assertCredit(Credit credit, String people, String agency, String place) {
        String actual = credit.authors().stream().map(a -> a.name() + "/" + a.role().code()).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(people == null ? "" : people);
        assertThat(String.valueOf(credit.agency())).isEqualTo(agency);
        assertThat(String.valueOf(credit.place())).isEqualTo(place);
    }
}
