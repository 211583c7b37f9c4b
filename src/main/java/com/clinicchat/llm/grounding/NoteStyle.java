package com.clinicchat.llm.grounding;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spells out the shorthand of note-style replies ("Pregnant: OK w/o a consultation", "brief ↑ in BP") before a
 * sentence is checked, so that a symbol says to the checks what it says to the visitor: "w/o" is a negation, an
 * arrow up is a rise. Only the sentence is rewritten for checking; the visitor sees what the model wrote.
 */
final class NoteStyle {

    private static final List<Map.Entry<Pattern, String>> SHORTHAND = List.of(
            Map.entry(Pattern.compile("(?i)\\bw/o\\b"), "without"),
            Map.entry(Pattern.compile("(?i)\\bw/(?=\\s|[a-z])\\s?"), "with "),
            // an arrow up or down is a level's direction ("a brief ↑ in BP") or an effect's ("Mg ↓ spasms"); "→" is
            // left as it is: it links, and reads as loosely as "contributes to" or "leads to"
            Map.entry(Pattern.compile("\\s*↑\\s*(?=(?:in|of)\\b)"), " rise "),
            Map.entry(Pattern.compile("\\s*↓\\s*(?=(?:in|of)\\b)"), " drop "),
            Map.entry(Pattern.compile("\\s*↑\\s*"), " increases "),
            Map.entry(Pattern.compile("\\s*↓\\s*"), " reduces "),
            Map.entry(Pattern.compile("\\s*[≈~]\\s*(?=\\d)"), " about "),
            Map.entry(Pattern.compile("\\s+&\\s+"), " and "),
            Map.entry(Pattern.compile("(?<=[a-z]) \\+ (?=[a-z])"), " and "),
            Map.entry(Pattern.compile("\\bBP\\b"), "blood pressure"),
            Map.entry(Pattern.compile("(?i)\\besp\\.(?=\\s)"), "especially"),
            Map.entry(Pattern.compile("(?i)\\bapprox\\.(?=\\s)"), "approximately"));

    private NoteStyle() {
    }

    static String spelledOut(String sentence) {
        String text = sentence;
        for (Map.Entry<Pattern, String> shorthand : SHORTHAND) {
            text = shorthand.getKey().matcher(text).replaceAll(shorthand.getValue());
        }
        return text.replaceAll(" {2,}", " ").strip();
    }
}
