/** What the stages share: character folding, the dateline grammar, and how coded values are stored. */
package io.gazette.text;
