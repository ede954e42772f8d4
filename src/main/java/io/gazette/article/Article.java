package io.gazette.article;

import io.gazette.text.Coded;
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
 * @param agency the news agency or outlet the dateline or a credit names (新华社, 本报), or null
 * @param datelinePlace the dateline's place (北京 of 本报北京1月7日电), or null
 */
public record Article(int seqNo, String headline, List<String> subtitles, List<Author> authors, String byline,
                      List<String> paragraphs, List<String> captions, String agency, String datelinePlace) {

    /** Bodies shorter than this with a photographer's credit are pictures with a caption. */
    private static final int PHOTO_TEXT_MAX = 80;

    public Article(int seqNo, String headline, List<String> subtitles, List<Author> authors, String byline,
                   List<String> paragraphs, List<String> captions) {
        this(seqNo, headline, subtitles, authors, byline, paragraphs, captions, null, null);
    }

    public String body() {
        return String.join("\n", paragraphs);
    }

    public String subtitle() {
        return subtitles.isEmpty() ? null : String.join(" / ", subtitles);
    }

    /** What kind of item it is: news (with body), photo (captions only) or fragment (no title). */
    public Kind kind() {
        if (headline == null) {
            return Kind.FRAGMENT;
        }
        boolean photographed = authors.stream().anyMatch(a -> a.role() == Author.Role.PHOTOGRAPHER);
        boolean dispatch = !paragraphs.isEmpty() && BlockKinds.isLead(paragraphs.get(0));
        boolean pictureOnly = paragraphs.isEmpty() && !captions.isEmpty()
            || photographed && !dispatch && body().length() + String.join("", captions).length() < PHOTO_TEXT_MAX;
        return pictureOnly ? Kind.PHOTO : Kind.NEWS;
    }

    /** What {@code fact_article.kind} holds, stored as {@link #code()}. */
    public enum Kind implements Coded {
        /** An article with a headline and a body. */
        NEWS,
        /** A picture with its caption and little or no text. */
        PHOTO,
        /** Text with no headline of its own: the end of an article continued from another page, a box, a notice. */
        FRAGMENT
    }
}
