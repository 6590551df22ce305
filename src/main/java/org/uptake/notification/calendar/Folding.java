package org.uptake.notification.calendar;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 line folding: lines of at most 75 octets, continued on lines that start with a space, never splitting
 * a character. ical4j folds after 75 characters, which exceeds 75 octets for Æ, Ø, Å and the like.
 */
final class Folding {

    private static final int MAX_OCTETS = 75;

    private Folding() {
    }

    /** @param unfolded content lines separated by CRLF (or LF) */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r?\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
