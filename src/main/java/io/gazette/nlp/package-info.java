/**
 * Text analysis behind small interfaces: {@link io.gazette.nlp.NameRecognizer} (Stanford CoreNLP's Chinese CRF,
 * the only class importing edu.stanford) and {@link io.gazette.nlp.TextAnalyzer} (HanLP segmentation, terms and
 * general rules with the lexicon of src/main/resources/nlp). The only package that imports com.hankcs.
 */
package io.gazette.nlp;
