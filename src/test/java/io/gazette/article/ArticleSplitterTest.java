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
    @ValueSource(strings = {"unmarked-page", "marked-page", "dispatch-page"})
    void splitMatchesGoldenFile(String name) throws IOException {
        String page = resource("/article/" + name + ".txt");
        assertThat(GoldenFormat.render(splitter.split(cleaner.clean(page)))).isEqualTo(resource("/article/" + name + ".expected"));
    }

    @Test
    void splitWhenBylineFollowsTitle() {
        List<Article> articles = split("经开区召开会议\n\n■通讯员 李 侃\n\n本报讯 日前,会议召开。\n\n另一篇报道\n\n■通讯员 张三\n\n本报讯 近日,活动举行。");
        assertThat(articles).extracting(Article::headline).containsExactly("经开区召开会议", "另一篇报道");
        assertThat(articles.get(0).authors()).containsExactly(new Author("李侃", Author.CORRESPONDENT));
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
        List<Article> articles = split("市领导接待\n\n中国工程院院士一行\n\n■通讯员 李侃\n\n本报讯 日前,接待活动举行。");
        assertThat(articles.get(0).headline()).isEqualTo("市领导接待中国工程院院士一行");
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
