package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cause and effect the same way round as the evidence. "Palpitations drain the body's magnesium" where the passage
 * says a magnesium deficiency can trigger palpitations uses the passage's words and a link of its own kind, yet turns
 * the link round: what the passage names as the effect is made the cause, and the cause the effect. A verb that
 * depletes ("deplete", "drain", "use up") says its object runs low, so the deficiency it leads to is the effect.
 */
final class CausalDirection {

    /** Verbs that lead from what stands before them (the cause) to what follows (the effect). */
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:caus(?:e|es|ed|ing)|leads?\\s+to|led\\s+to|"
            + "leading\\s+to|results?\\s+in|resulted\\s+in|resulting\\s+in|trigger(?:s|ed|ing)?|"
            + "contribut(?:e|es|ed|ing)\\s+to|brings?\\s+on|sets?\\s+off|gives?\\s+rise\\s+to|provok(?:e|es|ed|ing)|"
            // not "depleted", "drained": as often a state ("refilling depleted stores") as a verb
            + "deplet(?:e|es|ing)|drain(?:s|ing)?|us(?:e|es|ing)\\s+up|exhaust(?:s|ing)?|rob(?:s|bing)?|"
            + "strip(?:s|ping)?)\\b");
    /** Verbs that lead from what follows them (the cause) to what stands before (the effect). */
    private static final Pattern BACKWARD = Pattern.compile("(?i)\\b(?:(?:is|are|was|were|be|been|being)\\s+"
            + "(?:[a-z]+ly\\s+)?(?:caused|triggered|driven|brought\\s+on|set\\s+off|provoked)\\s+by|"
            + "results?\\s+from|resulting\\s+from|stems?\\s+from|stemming\\s+from)\\b");
    /** The verbs among {@link #FORWARD} whose effect is that their object runs low. */
    private static final Pattern DEPLETING = Pattern.compile("(?i)^(?:deplet|drain|us|exhaust|rob|strip)");
    /** Words that say a thing runs low: one concept, however it is worded. */
    private static final Set<String> LOW = Words.stemsOf("deficiency", "deficient", "deficiencies", "low", "lack",
            "lacking", "shortage", "insufficient", "depleted", "depletion", "drained");
    private static final String RUNS_LOW = "·low";
    /** Where a side ends: a sentence's end, or a break that no cause and effect reach across. */
    private static final Pattern SENTENCES = Pattern.compile("[.!?;\\n]+|\\s[—–]\\s");

    private CausalDirection() {
    }

    private record Link(Set<String> cause, Set<String> effect) {
    }

    /** The link of the sentence that some passage of the evidence states the other way round, if any. */
    static Optional<String> firstReversed(String sentence, String evidenceText) {
        List<Link> evidenceLinks = links(evidenceText);
        if (evidenceLinks.isEmpty()) {
            return Optional.empty();
        }
        Set<String> evidenceStems = new HashSet<>(Words.of(evidenceText).stems());
        evidenceStems.add(RUNS_LOW);
        for (Link said : links(sentence)) {
            // words the evidence never uses are the other checks' to judge
            Set<String> cause = new HashSet<>(said.cause());
            cause.retainAll(evidenceStems);
            Set<String> effect = new HashSet<>(said.effect());
            effect.retainAll(evidenceStems);
            if (cause.isEmpty() || effect.isEmpty()) {
                continue;
            }
            boolean stated = evidenceLinks.stream().anyMatch(link -> shared(cause, link.cause()) > 0
                    && shared(effect, link.effect()) > 0);
            if (stated) {
                continue;
            }
            for (Link link : evidenceLinks) {
                int causeAsEffect = shared(cause, link.effect());
                Set<String> effectAsCause = new HashSet<>(effect);
                effectAsCause.retainAll(link.cause());
                effectAsCause.removeAll(link.effect());
                if (2 * causeAsEffect >= cause.size() && causeAsEffect > shared(cause, link.cause())
                        && !effectAsCause.isEmpty() || turnedRound(cause, effect, link)) {
                    return Optional.of("cause and effect the other way round: " + String.join(" ", cause)
                            + " → " + String.join(" ", effectAsCause));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The other way of seeing a turned link, for a passage whose cause side holds a whole condition and its
     * consequence ("If levels drop too low, calcium overstimulates the fibres, leading to cramps"): the sentence's
     * effect is named only on the passage's cause side (two words or more, none of its effect side), and a word of the
     * sentence's cause only on the passage's effect side ("cramps cause levels to drop").
     */
    private static boolean turnedRound(Set<String> cause, Set<String> effect, Link link) {
        Set<String> causeOnly = new HashSet<>(link.cause());
        causeOnly.removeAll(link.effect());
        Set<String> effectOnly = new HashSet<>(link.effect());
        effectOnly.removeAll(link.cause());
        return shared(effect, causeOnly) >= 2 && shared(effect, effectOnly) == 0 && shared(cause, effectOnly) >= 1;
    }

    private static int shared(Set<String> side, Set<String> other) {
        return (int) side.stream().filter(other::contains).count();
    }

    /** Each causal link of the text, with the content words of its cause and its effect (within one sentence). */
    private static List<Link> links(String text) {
        List<Link> links = new ArrayList<>();
        for (String part : SENTENCES.split(text)) {
            List<int[]> passives = new ArrayList<>();
            Matcher backward = BACKWARD.matcher(part);
            while (backward.find()) {
                passives.add(new int[] {backward.start(), backward.end()});
                links.add(new Link(side(part.substring(backward.end())), side(part.substring(0, backward.start()))));
            }
            Matcher forward = FORWARD.matcher(part);
            while (forward.find()) {
                int at = forward.start();
                if (passives.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                    continue; // the "caused" of "is caused by", read the other way round above
                }
                Set<String> effect = side(part.substring(forward.end()));
                if (DEPLETING.matcher(forward.group()).find()) {
                    effect.add(RUNS_LOW);
                }
                links.add(new Link(side(part.substring(0, forward.start())), effect));
            }
        }
        return links;
    }

    private static Set<String> side(String text) {
        Words words = Words.of(text);
        Set<String> stems = new HashSet<>();
        for (String stem : words.contentStems()) {
            stems.add(LOW.contains(stem) ? RUNS_LOW : stem);
        }
        return stems;
    }
}
