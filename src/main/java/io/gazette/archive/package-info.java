/**
 * Finds editions in the inbox, opens their archives with commons-compress and decodes page text.
 * Knows nothing of Spring Batch or the warehouse.
 */
package io.gazette.archive;
