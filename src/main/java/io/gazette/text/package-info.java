/** What the stages share: character folding, the dateline grammar, how coded values are stored, one-line messages. */
package io.gazette.text;
