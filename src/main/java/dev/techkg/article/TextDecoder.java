package dev.techkg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string, refusing what is not text. UTF-8 is the default; a
 * UTF-16 or UTF-8 byte-order mark is honoured. Binary content (NUL bytes, or many control characters)
 * and invalid UTF-8 are refused with a message that says what was found and where.
 */
final class TextDecoder {
    private TextDecoder() {}

    /** Refuses empty or binary content without decoding it (for HTML, whose charset jsoup detects). */
    static void checkLooksLikeText(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new ArticleException(source + ": the file is empty");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
                && ((bytes[1] & 0xFF) == 0xFE || (bytes[1] & 0xFF) == 0xFF);
        if (!utf16) {
            refuseBinary(bytes, 0, source);
        }
    }

    static String decode(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new ArticleException(source + ": the file is empty");
        }
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        if (charset == StandardCharsets.UTF_8) {
            refuseBinary(bytes, offset, source);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            throw new ArticleException(source + ": not valid " + charset.name()
                    + " text (malformed bytes); save it as UTF-8 and try again", e);
        } catch (CharacterCodingException e) {
            throw new ArticleException(source + ": cannot be decoded as " + charset.name() + ": " + e.getMessage(), e);
        }
        if (charset != StandardCharsets.UTF_8) {
            refuseControlCharacters(text, source);
        }
        if (text.isBlank()) {
            throw new ArticleException(source + ": the file holds only white space");
        }
        return text;
    }

    /** Refuses a NUL byte anywhere, or many control bytes in the first 64 KB. */
    private static void refuseBinary(byte[] bytes, int offset, String source) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnsupportedContentException(source + ": looks like a binary file (NUL byte at offset " + i
                        + "), not text; give a .txt in UTF-8 or an .html page");
            }
        }
        int sample = Math.min(bytes.length, offset + 64 * 1024);
        int control = 0;
        for (int i = offset; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 100 > (sample - offset)) {
            throw new UnsupportedContentException(source + ": looks like a binary file (" + control
                    + " control bytes in the first " + (sample - offset) + "), not text");
        }
    }

    private static void refuseControlCharacters(String text, String source) {
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw new ArticleException(source + ": looks like binary content (NUL character at " + nul + "), not text");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 8 && control * 100 > text.length()) {
            throw new ArticleException(source + ": looks like binary content, not text");
        }
    }
}
