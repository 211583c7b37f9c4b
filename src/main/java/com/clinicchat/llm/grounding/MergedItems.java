package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two items of a caution list made one group: "pregnant women with kidney disease" from "People with kidney disease"
 * and "Pregnant or breastfeeding women". Every word is the list's own, so overlap lets it through; but the merged
 * group narrows both cautions (pregnant women without kidney disease seem to need none), so it is not released.
 */
final class MergedItems {

    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*•]|\\d+[.)])\\s+(.+)$");
    /** What joins a group to a further condition of its members. */
    private static final Pattern JOINER = Pattern.compile("\\b(?:with|who have|who has|having)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.()\\[\\]!?—–]");
    /** Content words read on each side of the joiner, at most. */
    private static final int SIDE = 3;
    /** Words that name no group of their own: "people with X" is item X's group, whatever item says "people". */
    private static final Set<String> ANYONE = Words.stemsOf("people", "person", "persons", "those", "individuals",
            "patients", "anyone", "someone", "somebody", "folks", "others", "everyone", "clients", "adults", "ones");

    private MergedItems() {
    }

    /** The first group the sentence makes of two caution items, if any. */
    static Optional<String> firstMerged(String sentence, Set<String> subject, List<String> evidencePassages) {
        List<Set<String>> items = cautionItems(evidencePassages, subject);
        if (items.size() < 2) {
            return Optional.empty();
        }
        String text = Enumerations.withoutMarkers(sentence).toLowerCase(Locale.ROOT);
        Matcher joiner = JOINER.matcher(text);
        while (joiner.find()) {
            String[] before = CLAUSE_BREAK.split(text.substring(0, joiner.start()), -1);
            String after = CLAUSE_BREAK.split(text.substring(joiner.end()), 2)[0];
            List<String> leftStems = contentStems(Words.of(before[before.length - 1], subject));
            List<String> outwardsLeft = leftStems.reversed().subList(0, Math.min(SIDE, leftStems.size()));
            List<String> rightStems = contentStems(Words.of(after, subject));
            Set<Integer> left = group(outwardsLeft, items);
            Set<Integer> right = group(rightStems.subList(0, Math.min(SIDE, rightStems.size())), items);
            if (!left.isEmpty() && !right.isEmpty() && left.stream().noneMatch(right::contains)) {
                return Optional.of("merges two items of the caution list: '" + joiner.group() + "'");
            }
        }
        return Optional.empty();
    }

    /** A caution item's bracketed qualifier: "Pregnant or breastfeeding women (only after a medical consultation)". */
    private static final Pattern QUALIFIED_ITEM = Pattern.compile("^([^()]+)\\(([^()]+)\\)");
    /** Share of a qualifier's content words that makes a sentence repeat it. */
    private static final double QUALIFIER_SHARE = 2 / 3.0;

    /**
     * A caution item's bracketed qualifier given to another item ("people with severe heart block can only be treated
     * after a medical consultation", where the list says so of pregnant women): the sentence repeats the qualifier,
     * names another item and not the qualifier's own, so the caution it states is the list's, moved.
     */
    static Optional<String> firstMovedQualifier(String sentence, Set<String> subject, List<String> evidencePassages) {
        List<String> items = cautionItemTexts(evidencePassages);
        Set<String> said = new HashSet<>(contentStems(Words.of(Enumerations.withoutMarkers(sentence), subject)));
        for (int i = 0; i < items.size(); i++) {
            Matcher qualified = QUALIFIED_ITEM.matcher(items.get(i));
            if (!qualified.find()) {
                continue;
            }
            List<String> qualifier = contentStems(Words.of(qualified.group(2), subject));
            Set<String> own = new HashSet<>(contentStems(Words.of(qualified.group(1), subject)));
            own.removeAll(ANYONE);
            long repeated = qualifier.stream().filter(stem -> mentions(said, stem)).count();
            if (qualifier.size() < 2 || repeated < QUALIFIER_SHARE * qualifier.size()
                    || own.stream().anyMatch(stem -> mentions(said, stem))) {
                continue;
            }
            for (int j = 0; j < items.size(); j++) {
                String otherItem = items.get(j).replaceAll("\\([^()]*\\)", " ");
                Set<String> othersOwn = new HashSet<>(contentStems(Words.of(otherItem, subject)));
                othersOwn.removeAll(ANYONE);
                othersOwn.removeAll(qualifier);
                long named = othersOwn.stream().filter(stem -> mentions(said, stem)).count();
                if (j != i && named >= 2 && named >= othersOwn.size() / 2.0) {
                    return Optional.of("gives one caution item's qualifier to another: '" + qualified.group(2).strip() + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence says the word, or one of its family ("pregnancy" for "pregnant"). */
    private static boolean mentions(Set<String> said, String stem) {
        return said.contains(stem) || stem.length() >= 5 && said.stream()
                .anyMatch(word -> word.length() >= 5 && word.startsWith(stem.substring(0, 5)));
    }

    private static List<Set<String>> cautionItems(List<String> passages, Set<String> subject) {
        return cautionItemTexts(passages).stream()
                .map(item -> (Set<String>) new HashSet<>(contentStems(Words.of(item, subject)))).toList();
    }

    /** The items of the caution lists among the passages, as written. */
    private static List<String> cautionItemTexts(List<String> passages) {
        List<String> items = new ArrayList<>();
        for (String passage : passages) {
            Matcher leadIn = AddedItems.CAUTION_LIST.matcher(passage);
            if (!leadIn.find()) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(passage.substring(leadIn.end()));
            while (item.find()) {
                items.add(item.group(1));
            }
        }
        return items;
    }

    /** The stems of the words that are not filler, in order. */
    private static List<String> contentStems(Words words) {
        List<String> content = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.filler(i)) {
                content.add(words.stems().get(i));
            }
        }
        return content;
    }

    /**
     * The items naming the group on one side of the joiner: the longest run of its content words, from the joiner
     * outwards, that some item holds every word of ("caution for pregnant women" is "pregnant women"); none when that
     * run holds only {@link #ANYONE}.
     */
    private static Set<Integer> group(List<String> outwards, List<Set<String>> items) {
        for (int length = outwards.size(); length > 0; length--) {
            List<String> run = outwards.subList(0, length);
            Set<Integer> holding = itemsHoldingAll(run, items);
            if (!holding.isEmpty()) {
                return ANYONE.containsAll(run) ? Set.of() : holding;
            }
        }
        return Set.of();
    }

    /** The items holding every one of {@code stems}. */
    private static Set<Integer> itemsHoldingAll(List<String> stems, List<Set<String>> items) {
        Set<Integer> holding = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).containsAll(stems)) {
                holding.add(i);
            }
        }
        return holding;
    }
}
