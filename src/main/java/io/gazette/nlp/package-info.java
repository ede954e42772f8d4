/**
 * HanLP behind one small interface: segmentation, part of speech, people, places and organisations,
 * with the domain lexicon of src/main/resources/nlp. The only package that imports com.hankcs.
 */
package io.gazette.nlp;
