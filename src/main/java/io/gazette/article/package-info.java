/**
 * Cleans a decoded page (full-width forms, title markers, lines broken by column and page breaks, blocks
 * printed twice) and splits it into articles with titles, bylines, captions and body.
 */
package io.gazette.article;
