package io.gazette.article;

import java.util.List;

/**
 * One article of a page.
 *
 * @param seqNo 1-based position on the page
 * @param headline the main title, null for text that had none (such as a continuation from another page)
 * @param subtitles kicker and subtitle lines in print order
 * @param authors byline credits in order
 * @param byline the byline lines as printed, joined by a space; null if none
 * @param paragraphs body paragraphs in order
 * @param captions picture captions that belong to the article
 */
public record Article(int seqNo, String headline, List<String> subtitles, List<Author> authors, String byline,
                      List<String> paragraphs, List<String> captions) {

    public String body() {
        return String.join("\n", paragraphs);
    }

    public String subtitle() {
        return subtitles.isEmpty() ? null : String.join(" / ", subtitles);
    }

    /** What kind of item it is: news (with body), photo (captions only) or fragment (no title). */
    public String kind() {
        if (headline == null) {
            return "fragment";
        }
        return paragraphs.isEmpty() && !captions.isEmpty() ? "photo" : "news";
    }
}
