package io.gazette.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.article.Article;
import io.gazette.analysis.AnalysedArticle.Field;
import io.gazette.analysis.AnalysedArticle.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity offsets run over headline, subtitle and body; each maps back to its field of fact_article. */
class AnalysedArticleTest {

    @Test
    void offsetsMapBackToTheFieldTheyAreIn() {
        Article article = new Article(1, "河西新区开工", List.of("三个项目同日落地"), List.of(), null, List.of("第一段。", "第二段。"), List.of());
        AnalysedArticle a = new AnalysedArticle(1, "page-01.txt", article, null, List.of(), List.of(), null);
        String text = a.analysedText();
        assertThat(text).isEqualTo("河西新区开工\n三个项目同日落地\n第一段。\n第二段。");
        assertThat(a.position(text.indexOf("新区"))).isEqualTo(new Position(Field.HEADLINE, 2));
        assertThat(a.position(text.indexOf("项目"))).isEqualTo(new Position(Field.SUBTITLE, 2));
        assertThat(a.position(text.indexOf("第二段"))).isEqualTo(new Position(Field.BODY, article.body().indexOf("第二段")));
    }

    @Test
    void characterPositionsCountACharacterOutsideTheBasicPlaneOnce() {
        Article article = new Article(1, "𠀾河新区开工", List.of(), List.of(), null, List.of("𠀾𠀾第一段。"), List.of());
        AnalysedArticle a = new AnalysedArticle(1, "page-01.txt", article, null, List.of(), List.of(), null);
        String text = a.analysedText();
        assertThat(a.characterPosition(text.indexOf("新区"))).isEqualTo(new Position(Field.HEADLINE, 2));
        assertThat(a.characterPosition(text.indexOf("第一段"))).isEqualTo(new Position(Field.BODY, 2));
        assertThat(a.fieldText(Field.BODY).codePoints().skip(2).limit(3).collect(StringBuilder::new, StringBuilder::appendCodePoint,
            StringBuilder::append).toString()).isEqualTo("第一段");
    }

    @Test
    void anArticleWithoutTitlesHasItsBodyAfterTwoEmptyLines() {
        Article fragment = new Article(1, null, List.of(), List.of(), null, List.of("正文"), List.of());
        AnalysedArticle a = new AnalysedArticle(1, "page-01.txt", fragment, null, List.of(), List.of(), null);
        assertThat(a.analysedText()).isEqualTo("\n\n正文");
        assertThat(a.position(2)).isEqualTo(new Position(Field.BODY, 0));
    }
}
