package com.clinicchat.triage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A visitor message normalised for rule matching: lower case, straight quotes, single spaces, and no accents (so
 * that "está" and "esta", both common in typed Spanish, match one pattern).
 */
record VisitorText(String original, String normalised) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static VisitorText of(String text) {
        String lower = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return new VisitorText(text, SPACES.matcher(lower).replaceAll(" ").strip());
    }

    boolean matches(Pattern pattern) {
        return pattern.matcher(normalised).find();
    }

    /** The same text with every match of {@code pattern} blanked out. */
    VisitorText without(Pattern pattern) {
        return new VisitorText(original, pattern.matcher(normalised).replaceAll(" "));
    }
}
