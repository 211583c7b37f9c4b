package com.clinicchat.text;

/**
 * Checks that text from outside is text a person can read and every part of the system can carry. A lone UTF-16
 * surrogate (e.g. {@code "\ud800"} in JSON) cannot be encoded as UTF-8: a socket that tries to send it breaks, so
 * it is refused where text comes in and repaired wherever stored text goes out. A message of only invisible
 * characters (zero-width spaces, format characters, blank fillers) is as empty as a blank one.
 */
public final class UnicodeText {

    private static final char REPLACEMENT = '\uFFFD';

    private UnicodeText() {
    }

    /** No lone surrogate and no NUL (which PostgreSQL cannot store in text). */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each lone surrogate and NUL replaced by U+FFFD; the same string when there is none. */
    public static String repair(String text) {
        if (text == null || isWellFormed(text)) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                repaired.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == 0) {
                repaired.append(REPLACEMENT);
            } else {
                repaired.append(c);
            }
        }
        return repaired.toString();
    }

    /** Whether the text has at least one character that shows (not blank, not a format or control character). */
    public static boolean hasVisibleCharacter(String text) {
        return text != null && text.codePoints().anyMatch(UnicodeText::visible);
    }

    private static boolean visible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            // letters that draw nothing: Hangul fillers, the blank Braille pattern
            default -> codePoint != 0x3164 && codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0xFFA0
                    && codePoint != 0x2800;
        };
    }
}
