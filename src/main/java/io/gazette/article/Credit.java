package io.gazette.article;

import java.util.List;

/**
 * What one byline, dateline or credit line says.
 *
 * @param authors the people credited
 * @param agency the news agency or outlet the text comes from (新华社, 人民网, 本报), or null
 * @param place the dateline's place (北京 of 本报北京1月7日电), or null
 */
public record Credit(List<Author> authors, String agency, String place) {

    public static final Credit NONE = new Credit(List.of(), null, null);
}
