package io.gazette.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Detects the charset of page bytes instead of assuming one: a byte-order mark first, then strict UTF-8,
 * then UTF-16 without a mark, then a statistical guess, and GB18030 (a superset of GBK and GB2312) last.
 * Every candidate is decoded strictly and must look like text, so a binary file named .txt is refused.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MIN_TEXT_SHARE = 0.9;

    /** Decodes page bytes; {@code entry} only names the page in the error. */
    public DecodedText decode(byte[] bytes, String entry) throws UndecodableTextException {
        Optional<DecodedText> withBom = byBom(bytes);
        if (withBom.isPresent()) {
            return accept(withBom.get(), entry);
        }
        Optional<DecodedText> candidate = strict(bytes, StandardCharsets.UTF_8);
        if (candidate.isPresent() && textShare(candidate.get().text()) >= MIN_TEXT_SHARE) {
            return candidate.get();
        }
        Optional<DecodedText> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        String guessed = guess(bytes);
        if (guessed != null && Charset.isSupported(guessed)) {
            candidate = strict(bytes, Charset.forName(guessed));
            if (candidate.isPresent() && textShare(candidate.get().text()) >= MIN_TEXT_SHARE) {
                return candidate.get();
            }
        }
        candidate = strict(bytes, GB18030);
        if (candidate.isPresent()) {
            return accept(candidate.get(), entry);
        }
        throw new UndecodableTextException(entry + ": bytes are not UTF-8, UTF-16 or GB18030 text");
    }

    private static DecodedText accept(DecodedText decoded, String entry) throws UndecodableTextException {
        double share = textShare(decoded.text());
        if (share < MIN_TEXT_SHARE) {
            throw new UndecodableTextException("%s: not text (only %.0f%% of characters are printable in %s)"
                .formatted(entry, share * 100, decoded.charset()));
        }
        return decoded;
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(slice(b, 3), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(slice(b, 2), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(slice(b, 2), StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<DecodedText> utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0 || bytes.length == 0) {
            return Optional.empty();
        }
        DecodedText best = null;
        double bestShare = 0;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Optional<DecodedText> decoded = strict(bytes, charset);
            if (decoded.isPresent()) {
                double share = cjkShare(decoded.get().text());
                if (share > bestShare) {
                    bestShare = share;
                    best = decoded.get();
                }
            }
        }
        // UTF-16 decodes almost any even-length input, so demand text that reads as Chinese or ASCII, with punctuation.
        return bestShare >= 0.95 && hasPunctuation(best.text()) ? Optional.of(best) : Optional.empty();
    }

    private static boolean hasPunctuation(String text) {
        return text.length() < 200 || text.indexOf('\n') >= 0 || text.indexOf('。') >= 0 || text.indexOf('，') >= 0
            || text.indexOf(',') >= 0;
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Optional<DecodedText> strict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return Optional.of(new DecodedText(text, charset.name()));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Share of characters that are printable or ordinary whitespace. */
    static double textShare(String text) {
        if (text.isEmpty()) {
            return 1.0;
        }
        int ok = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || (!Character.isISOControl(c) && c != '\uFFFD'
                && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE)) {
                ok++;
            }
        }
        return (double) ok / text.length();
    }

    /** Share of characters that are CJK, CJK or full-width punctuation, ASCII printable or whitespace. */
    private static double cjkShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int ok = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plausible = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0x3400 && c <= 0x4DBF);
            if (plausible) {
                ok++;
            }
        }
        return (double) ok / text.length();
    }

    private static byte[] slice(byte[] b, int from) {
        byte[] out = new byte[b.length - from];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }
}
