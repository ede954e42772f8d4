package io.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

    private final PageCleaner cleaner = new PageCleaner();

    @Test
    void foldsFullWidthDigitsAndLettersOnly() {
        assertThat(PageCleaner.foldWidth("增长７．５％，ＡＢＣ　“好”。")).isEqualTo("增长7.5%,ABC “好”。");
    }

    @Test
    void takesTitleMarkersIntoTheLevel() {
        assertThat(cleaner.clean("# 标题一\n## 副题\n正文。")).extracting(Block::text, Block::level)
            .containsExactly(tuple("标题一", 1), tuple("副题", 2), tuple("正文。", 0));
    }

    @Test
    void rejoinsSentenceBrokenByColumnBreak() {
        List<Block> blocks = cleaner.clean("他强调,坚持和加强党的全面领导是最根本保\n\n证。过去几年,成绩显著。");
        assertThat(blocks).extracting(Block::text).containsExactly("他强调,坚持和加强党的全面领导是最根本保证。过去几年,成绩显著。");
    }

    @Test
    void keepsFinishedParagraphsApart() {
        assertThat(cleaner.clean("这是第一段,已经结束了。\n\n这是第二段。")).hasSize(2);
    }

    @Test
    void doesNotJoinBodyWithTheNextTitle() {
        List<Block> blocks = cleaner.clean("上一篇的最后一段没有句号但是已经很长了超过四十个字符的一段文字在这里结束\n\n下一篇标题\n\n■通讯员 张三");
        assertThat(blocks).hasSize(3);
    }

    @Test
    void dropsABlockPrintedTwice() {
        String repeated = "“合作社带着干,收入翻了番。”村民王大山说。";
        assertThat(cleaner.clean(repeated + "\n\n" + repeated + "\n\n结尾。")).extracting(Block::text).containsExactly(repeated, "结尾。");
    }
}
