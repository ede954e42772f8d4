package io.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {

    private static final LocalDate EDITION = LocalDate.of(2024, 1, 10);
    private final DateExtractor dates = new DateExtractor();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "1月7日召开会议, 1月7日, 2024-01-07, day",
        "3月18日举行, 3月18日, 2024-03-18, day",
        "12月28日完成验收, 12月28日, 2023-12-28, day",
        "2023年12月5日, 2023年12月5日, 2023-12-05, day",
        "2024年1月, 2024年1月, 2024-01-01, month",
        "3月份经济运行, 3月份, 2024-03-01, month",
        "今年以来, 今年, 2024-01-01, year",
        "去年同期, 去年, 2023-01-01, year",
        "明年将建成, 明年, 2025-01-01, year",
        "刚刚过去的2023年, 2023年, 2023-01-01, year",
        "二〇二四年新年贺词, 二〇二四年, 2024-01-01, year",
        "2024年上半年新兵入伍, 2024年上半年, 2024-01-01, half",
        "下半年工作, 下半年, 2024-07-01, half",
        "冲刺一季度开门红, 一季度, 2024-01-01, quarter",
        "第三季度, 第三季度, 2024-07-01, quarter",
        "去年四季度, 去年四季度, 2023-10-01, quarter",
        "十月一日国庆, 十月一日, 2023-10-01, day",
        "2023-11-05发布, 2023-11-05, 2023-11-05, day",
        "截至2022/03/31, 2022/03/31, 2022-03-31, day",
        "于2021.7.1起施行, 2021.7.1, 2021-07-01, day",
        "昨天下午, 昨天, 2024-01-09, day",
        "前天晚上, 前天, 2024-01-08, day",
        "明日起, 明日, 2024-01-11, day",
        "上周二开会, 上周二, 2024-01-02, day",
        "下周五截止, 下周五, 2024-01-19, day",
        "本周六开放, 本周六, 2024-01-13, day",
        "星期五见, 星期五, 2024-01-12, day",
        "上个月15号, 上个月15号, 2023-12-15, day",
        "本月二十日, 本月二十日, 2024-01-20, day",
        "下个月投产, 下个月, 2024-02-01, month",
        "上个季度, 上个季度, 2023-10-01, quarter",
        "08年汛期, 08年, 2008-01-01, year",
        "九八年二季度, 九八年二季度, 1998-04-01, quarter",
        "二○一八年, 二○一八年, 2018-01-01, year",
        "两千零八年, 两千零八年, 2008-01-01, year",
        "2019年3月8號, 2019年3月8號, 2019-03-08, day",
        "3天后交付, 3天后, 2024-01-13, day",
        "下个月月底, 下个月月底, 2024-02-29, day",
        "截至去年6月底，全县共有企业, 去年6月底, 2023-06-30, day",
        "到2023年末，常住人口达到, 2023年末, 2023-12-31, day",
        "去年年底建成通车, 去年年底, 2023-12-31, day",
        "今年底前全部完工, 今年底, 2024-12-31, day",
        "二月末气温回升, 二月末, 2024-02-29, day",
        "上月底召开, 上月底, 2023-12-31, day",
        "截至月底，全区共受理申请, 月底, 2024-01-31, day",
        "项目年底前投产, 年底, 2024-12-31, day",
        "前年的今天, 前年的今天, 2022-01-10, day",
        "明天的3天后, 明天的3天后, 2024-01-14, day",
    })
    void resolvesAgainstTheEditionDate(String text, String expression, String date, String granularity) {
        List<DateMention> found = dates.extract(text, EDITION);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(expression);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.parse(date));
        assertThat(found.get(0).granularity().code()).isEqualTo(granularity);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(expression);
    }

    @ParameterizedTest
    @CsvSource({"历时6个月", "2月30日", "第12345号", "第1年", "5年内完成", "新中国成立75周年", "光绪十年三月", "一周一次", "每周三例会",
        "星期一开会", "编号3-4-2021", "今年倒数第10天", "青年底层员工", "岁月底色", "周末休息"})
    void ignoresWhatIsNotADate(String text) {
        assertThat(dates.extract(text, EDITION)).isEmpty();
    }

    @Test
    void eventDateComesFromTheDateline() {
        assertThat(dates.eventDate("本报讯 1月7日,淮安经济技术开发区召开会议。", EDITION)).contains(LocalDate.of(2024, 1, 7));
        assertThat(dates.eventDate("本报讯(记者 张三 通讯员 李四) 1月5日,会议召开。", EDITION)).contains(LocalDate.of(2024, 1, 5));
        assertThat(dates.eventDate("1月7日,工作会议亮出了规划图。", EDITION)).contains(LocalDate.of(2024, 1, 7));
        assertThat(dates.eventDate("本报讯 日前,召开会议。", EDITION)).isEmpty();
        assertThat(dates.eventDate("本报北京1月8日电 (记者 张三) 国务院新闻办公室8日举行发布会。", EDITION)).contains(LocalDate.of(2024, 1, 8));
        assertThat(dates.eventDate("新华社南京1月9日电 江苏省今年将新建学校100所。", EDITION)).contains(LocalDate.of(2024, 1, 9));
        assertThat(dates.eventDate("会议要求,3月5日前完成。", EDITION)).isEmpty();
        assertThat(dates.eventDate("新华社上海1月8日电 (记者 王五) 1月6日至7日,论坛在沪举行。", EDITION)).contains(LocalDate.of(2024, 1, 6));
        assertThat(dates.eventDate("据新华社广州一月九日电 省里召开会议。", EDITION)).contains(LocalDate.of(2024, 1, 9));
    }

    @Test
    void theFarEndOfARangeIsInTheYearOfItsNearEnd() {
        List<DateMention> found = dates.extract("从2016年4月至10月", EDITION);
        assertThat(found).extracting(DateMention::date).containsExactly(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 10, 1));
    }
}
