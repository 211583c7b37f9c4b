package com.clinicchat.llm.grounding;

/** What a claim word is said of: the word after it that carries content ("lower chances", "boost endurance"). */
final class ClaimObjects {

    private ClaimObjects() {
    }

    /** The next content word after position {@code i}, within three words. */
    static String nextContent(Words words, int i) {
        for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
            String word = words.words().get(j);
            if (!words.filler(j) || word.equals("through")) {
                if (word.equals("through")) {
                    continue;
                }
                return words.stems().get(j);
            }
        }
        return null;
    }
}
