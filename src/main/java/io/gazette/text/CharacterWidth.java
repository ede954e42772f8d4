package io.gazette.text;

/**
 * The one full-width folder: the full-width ASCII block as ASCII (１２３ -> 123, ％ -> %) and the ideographic,
 * no-break and typographic spaces as a space. Page cleaning and the normalisers fold with it alike.
 */
public final class CharacterWidth {

    private CharacterWidth() {
    }

    /** {@code c} folded to its ASCII or space form, else {@code c}. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c >= '\u2002' && c <= '\u200A' || c == '\u202F' || c == '\u205F') {
            return ' ';
        }
        return c;
    }
}
