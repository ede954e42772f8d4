package io.gazette.article;

import java.util.List;
import java.util.stream.Collectors;

/** Renders split articles as the text kept in the golden files under src/test/resources/article. */
public final class GoldenFormat {

    private GoldenFormat() {
    }

    public static String render(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            sb.append("== ").append(a.seqNo()).append(' ').append(a.kind().code()).append('\n');
            sb.append("headline: ").append(a.headline()).append('\n');
            sb.append("subtitles: ").append(String.join(" | ", a.subtitles())).append('\n');
            sb.append("authors: ").append(a.authors().stream().map(x -> x.name() + "/" + x.role().code()).collect(Collectors.joining(", ")))
                .append('\n');
            sb.append("captions: ").append(String.join(" | ", a.captions())).append('\n');
            if (a.agency() != null || a.datelinePlace() != null) {
                sb.append("agency: ").append(a.agency()).append(", dateline place: ").append(a.datelinePlace()).append('\n');
            }
            for (String p : a.paragraphs()) {
                sb.append("| ").append(p).append('\n');
            }
        }
        return sb.toString();
    }
}
