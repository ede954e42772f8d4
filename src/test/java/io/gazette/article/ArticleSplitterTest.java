package io.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden files: src/test/resources/article/NAME.txt is a page, NAME.expected its articles. */
class ArticleSplitterTest {

    private final PageCleaner cleaner = new PageCleaner();
    private final ArticleSplitter splitter = new ArticleSplitter();

    @ParameterizedTest
    @ValueSource(strings = {"unmarked-page", "marked-page", "dispatch-page", "blank-separated-page", "indented-page", "signed-essay-page"})
    void splitMatchesGoldenFile(String name) throws IOException {
        String page = resource("/article/" + name + ".txt");
        assertThat(GoldenFormat.render(splitter.split(cleaner.clean(page)))).isEqualTo(resource("/article/" + name + ".expected"));
    }

    @Test
    void splitWhenBylineFollowsTitle() {
        List<Article> articles = split("经开区召开会议\n\n■通讯员 周 立\n\n本报讯 日前,会议召开。\n\n另一篇报道\n\n■通讯员 张三\n\n本报讯 近日,活动举行。");
        assertThat(articles).extracting(Article::headline).containsExactly("经开区召开会议", "另一篇报道");
        assertThat(articles.get(0).authors()).containsExactly(new Author("周立", Author.Role.CORRESPONDENT));
    }

    @Test
    void splitWhenTitleIsMarkedAndBodyHasNoLead() {
        List<Article> articles = split("## 民防知识宣传进小区\n\n日前,某区开展民防知识宣传活动。\n\n■通讯员 左安娜\n\n# 下一篇\n\n正文。");
        assertThat(articles).extracting(Article::headline).containsExactly("民防知识宣传进小区", "下一篇");
        assertThat(articles.get(0).authors()).extracting(Author::name).containsExactly("左安娜");
    }

    @Test
    void speakerLineInsideAnArticleIsNotATitle() {
        List<Article> articles = split("# 发言摘要\n\n1月7日,会议召开。以下刊载发言摘要。\n\n市委常委、党工委书记 张三\n\n今年是关键之年,必须坚定信心。");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(3);
    }

    @Test
    void noCharacterOfAnUntitledPageIsLost() {
        String page = "这是一段没有标题的文字,来自上一版的延续。\n\n又一段文字,同样没有标题。";
        List<Article> articles = split(page);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).headline()).isNull();
        assertThat(articles.get(0).body().replace("\n", "")).isEqualTo(page.replace("\n", ""));
    }

    @Test
    void titleBrokenInTwoIsJoined() {
        List<Article> articles = split("市领导接待\n\n中国工程院院士一行\n\n■通讯员 周立\n\n本报讯 日前,接待活动举行。");
        assertThat(articles.get(0).headline()).isEqualTo("市领导接待中国工程院院士一行");
    }

    @Test
    void linesWithoutABlankLineBetweenThemAreOneTitleBlockWhereBlocksAreSeparated() {
        String page = "上一篇的正文到这里结束了,共有三段文字。\n\n第二段也在这里。\n\n省农业农村厅\n部署春季田间管理\n\n连日来,各地抓紧开展田间管理。\n\n"
            + "抓好水肥管理\n\n各地加强水肥调控。\n\n做好病虫防治\n\n各地组织统防统治。";
        List<Article> articles = split(page);
        assertThat(articles).extracting(Article::headline).containsExactly(null, "部署春季田间管理");
        assertThat(articles.get(1).subtitles()).containsExactly("省农业农村厅");
        assertThat(articles.get(1).paragraphs()).contains("抓好水肥管理", "做好病虫防治");
    }

    @Test
    void aFlushLineOnAPageThatIndentsParagraphsIsATitle() {
        String page = "乡村公路通到家门口\n\u3000\u3000今年全县新修乡村公路两百公里。\n\u3000\u3000路修好了\n\u3000\u3000村民出行更方便了。\n"
            + "果园里的新变化\n\u3000\u3000苹果树下,合作社的技术员正在讲解。";
        List<Article> articles = split(page);
        assertThat(articles).extracting(Article::headline).containsExactly("乡村公路通到家门口", "果园里的新变化");
        assertThat(articles.get(0).paragraphs()).contains("路修好了");
    }

    @Test
    void pageCreditsBelongToThePageNotToAnArticle() {
        SplitPage page = splitter.splitPage(cleaner.clean("新闻标题\n\n本报讯 某地召开会议,部署工作。\n\n版式设计:赵明\n\n本版责编:钱红 孙亮"));
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).authors()).isEmpty();
        assertThat(page.credits()).containsExactly(new Author("赵明", Author.Role.EDITOR), new Author("钱红", Author.Role.EDITOR),
            new Author("孙亮", Author.Role.EDITOR));
        assertThat(page.creditLines()).hasSize(2);
    }

    @Test
    void aClosingCreditEndsTheArticleAndTheNextLineStartsOne() {
        List<Article> articles = split("第一篇标题\n\n本报讯 会议召开。\n\n(本报记者 王强)\n\n第二篇标题\n\n活动当天,群众踊跃参加。");
        assertThat(articles).extracting(Article::headline).containsExactly("第一篇标题", "第二篇标题");
        assertThat(articles.get(0).authors()).containsExactly(new Author("王强", Author.Role.REPORTER));
    }

    @Test
    void parallelHeadsAreAlikeInLengthOrShape() {
        assertThat(ArticleSplitter.parallel("修好道路通乡村", "办好学校育新人")).isTrue();
        assertThat(ArticleSplitter.parallel("强化服务 优化环境", "健全制度 压实工作责任")).isTrue();
        assertThat(ArticleSplitter.parallel("古镇新韵", "湖畔看晚霞")).isFalse();
        assertThat(ArticleSplitter.hasColumnTag("小城故事多(走基层)")).isTrue();
        assertThat(ArticleSplitter.hasColumnTag("(2021年1月8日,北京)")).isFalse();
    }

    @Test
    void theMainTitleOfTwoLinesIsChosenByWhatTheLinesSay() {
        assertThat(TitleLines.mainOfTwo("某某在江西考察时强调", "推动高质量发展")).isEqualTo(1);
        assertThat(TitleLines.mainOfTwo("9月末", "外汇储备规模稳定")).isEqualTo(1);
        assertThat(TitleLines.mainOfTwo("全市税务部门", "办理退税逾万笔")).isEqualTo(1);
        assertThat(TitleLines.mainOfTwo("第十届读书节闭幕", "12项活动吸引万人参与")).isEqualTo(0);
        assertThat(TitleLines.mainOfTwo("乡村振兴开新局", "某县召开农村工作会议")).isEqualTo(0);
        assertThat(TitleLines.mainOfTwo("春风里的新希望", "山乡巨变看今朝")).isEqualTo(1);
    }

    @Test
    void aLoneLineUnderATitleIsItsFirstLineAndAPageCreditEndsTheArticleAbove() {
        List<Article> articles = split("市文旅局发布——\n十条老街入选名录\n\n名录今天公布。\n\n(本报记者 王强)\n\n"
            + "小城故事(走基层)\n\n一条老街 几代人的记忆\n\n街口的老茶馆又开张了,街坊们说这是好兆头。\n\n"
            + "制图:赵明\n\n夜色里的老街\n\n灯笼亮起来的时候,老街最热闹。");
        assertThat(articles).extracting(Article::headline).containsExactly("十条老街入选名录", "小城故事(走基层)", "夜色里的老街");
        assertThat(articles.get(1).paragraphs().get(0)).isEqualTo("一条老街 几代人的记忆");
    }

    private List<Article> split(String page) {
        return splitter.split(cleaner.clean(page));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ArticleSplitterTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
