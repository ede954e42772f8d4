/**
 * Places on the map: the gazetteer of China's administrative divisions with their statistical codes, and the linking
 * of the places and place-named organisations an article mentions to those divisions, by name, by the source's
 * region and by the other places of the article.
 */
package io.gazette.place;
