package com.clinicchat.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spots a reply that quotes the system prompt: any run of {@value #RUN} consecutive words taken from it. Cheaper and
 * surer than asking the model to behave.
 */
final class PromptLeakGuard {

    static final int RUN = 6;

    private final Set<String> runs = new HashSet<>();

    PromptLeakGuard(String systemPrompt) {
        List<String> words = words(systemPrompt);
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
    }

    boolean leaks(String reply) {
        List<String> words = words(reply);
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (runs.contains(String.join(" ", words.subList(i, i + RUN)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+"));
    }
}
