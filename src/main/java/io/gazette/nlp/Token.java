package io.gazette.nlp;

/**
 * A segmented word with its tag and place in the text.
 *
 * @param word the word
 * @param nature HanLP's part-of-speech tag
 * @param start offset of the first character
 */
record Token(String word, String nature, int start) {

    int end() {
        return start + word.length();
    }

    boolean isPunctuation() {
        return nature.startsWith("w");
    }

    boolean isProper() {
        return nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt") || nature.startsWith("nz")
            || nature.equals("j") || nature.equals("nx") || nature.equals("ni") || nature.startsWith("nic") || nature.startsWith("nis");
    }
}
