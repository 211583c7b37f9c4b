package com.clinicchat.llm;

import com.clinicchat.llm.grounding.CitedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a streamed reply into sentences as the tokens arrive, each with the citation markers that belong to it,
 * wherever the model put them: "…heart [4].", "…heart. [4]", "…heart [2, 4].", "…heart.[2][4]", and list items
 * ("- Athletes [3]") ending at the line break. A sentence is complete only once what follows it shows that no
 * further marker is coming: the next sentence has begun, a line has ended, or the reply is over.
 */
final class ReplySplitter {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)\\b(?:e\\.g|i\\.e|vs|dr|mr|mrs|ms|approx)\\.$");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]$");

    private final StringBuilder pending = new StringBuilder();

    /** Adds a token; returns the sentences it completed, in order. */
    List<String> add(String token) {
        pending.append(token);
        List<String> sentences = new ArrayList<>();
        String sentence;
        while ((sentence = next(false)) != null) {
            sentences.add(sentence);
        }
        return sentences;
    }

    /** The reply has ended: whatever is left is the last sentence (or sentences). */
    List<String> finish() {
        List<String> sentences = new ArrayList<>();
        String sentence;
        while ((sentence = next(true)) != null) {
            sentences.add(sentence);
        }
        String rest = pending.toString().strip();
        pending.setLength(0);
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    /** Takes one complete sentence off the front of the buffer, or returns null. */
    private String next(boolean ended) {
        for (int i = 0; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == '\n') {
                String sentence = pending.substring(0, i).strip();
                pending.delete(0, i + 1);
                if (!sentence.isEmpty()) {
                    return sentence;
                }
                i = -1;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(i)) {
                int end = endOfTrailingMarkers(i + 1, ended);
                if (end < 0) {
                    return null; // cannot tell yet whether a marker follows
                }
                String sentence = pending.substring(0, end).strip();
                pending.delete(0, end);
                return sentence;
            }
        }
        return null;
    }

    /** Whether the full stop at {@code i} ends a sentence (not a decimal point, abbreviation or list number). */
    private boolean isSentenceEnd(int i) {
        char c = pending.charAt(i);
        if (c == '.') {
            if (i + 1 < pending.length() && Character.isDigit(pending.charAt(i + 1)) && i > 0
                    && Character.isDigit(pending.charAt(i - 1))) {
                return false;
            }
            String before = pending.substring(Math.max(0, i - 8), i + 1);
            if (ABBREVIATION.matcher(before).find()) {
                return false;
            }
            int lineStart = pending.lastIndexOf("\n", i) + 1;
            if (LIST_NUMBER.matcher(pending.substring(lineStart, i + 1)).matches()) {
                return false;
            }
        }
        if (i + 1 < pending.length()) {
            char after = pending.charAt(i + 1);
            // "3.5", "e.g.": text glued to the stop means it was not an end, unless a marker or closing mark follows
            return !Character.isLetterOrDigit(after) || Character.isUpperCase(after);
        }
        return true;
    }

    /**
     * Where the sentence ending at {@code from} really ends: after any closing quotes, bold markers and citation
     * markers that follow. -1 when the buffer ends before that can be known.
     */
    private int endOfTrailingMarkers(int from, boolean ended) {
        int i = from;
        while (true) {
            int j = i;
            while (j < pending.length() && (pending.charAt(j) == ' ' || pending.charAt(j) == '\t')) {
                j++;
            }
            while (j < pending.length() && "\"'”’*_)".indexOf(pending.charAt(j)) >= 0) {
                j++;
                i = j;
            }
            if (j >= pending.length()) {
                return ended ? pending.length() : -1;
            }
            char c = pending.charAt(j);
            if (c == '[' || c == '【') {
                Matcher marker = CitedSentence.MARKER.matcher(pending).region(j, pending.length());
                if (marker.lookingAt()) {
                    i = marker.end();
                    continue;
                }
                int close = pending.indexOf(c == '[' ? "]" : "】", j);
                if (close < 0 && pending.length() - j < 24 && !ended) {
                    return -1; // a marker still arriving
                }
                return i;
            }
            return i;
        }
    }
}
