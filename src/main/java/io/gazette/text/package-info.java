/** Character-level text helpers shared by page cleaning and the normalisers. */
package io.gazette.text;
