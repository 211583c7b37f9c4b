package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A question about a whole topic that an article divides into subsections ("what does magnesium do for the heart",
 * "heart benefits?") and the section that answers it: the topic's own section, whose opening paragraph sums up
 * its subsections, rather than the one subsection the ranking happens to put first. It is read from the outline
 * alone: the question names a word of a section's heading that no heading outside that section's branch uses,
 * nothing only a subsection's heading names, and no word the articles use that the section itself does not.
 */
final class OverviewQuestion {

    private OverviewQuestion() {
    }

    /**
     * @param asked    the question's content words, each as its stems and synonyms ({@link SearchIndex#terms})
     * @param sections every section of every article
     * @param heading  the terms of a section's own heading
     * @param own      the terms of a section's own heading and text, its subsections' excluded
     * @param used     whether any article uses a term
     * @return the one section that gives the topic's overview, if exactly one does
     */
    static Optional<Section> answeredBy(Map<String, Set<String>> asked, Collection<Section> sections,
                                        Function<Section, Set<String>> heading, Function<Section, Set<String>> own,
                                        Predicate<String> used) {
        List<Set<String>> words = asked.values().stream()
                .filter(synonyms -> synonyms.stream().anyMatch(used)).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Section overview = null;
        for (Section section : sections) {
            List<Section> below = sections.stream().filter(other -> SectionFeatures.isAncestor(section, other))
                    .toList();
            if (below.isEmpty() || !names(section, words, sections, heading)) {
                continue;
            }
            Set<String> ownHeading = heading.apply(section);
            boolean asksASubsection = words.stream().anyMatch(word -> !meets(word, ownHeading)
                    && below.stream().anyMatch(sub -> meets(word, heading.apply(sub))));
            Set<String> ownText = own.apply(section);
            if (!asksASubsection && words.stream().allMatch(word -> meets(word, ownText))) {
                if (overview != null) {
                    return Optional.empty();
                }
                overview = section;
            }
        }
        return Optional.ofNullable(overview);
    }

    /** Whether the section's heading holds a question word that no heading outside its branch holds. */
    private static boolean names(Section section, List<Set<String>> words, Collection<Section> sections,
                                 Function<Section, Set<String>> heading) {
        List<Section> outside = sections.stream()
                .filter(other -> !other.equals(section) && !inBranch(section, other)).toList();
        return words.stream().anyMatch(word -> meets(word, heading.apply(section))
                && outside.stream().noneMatch(other -> meets(word, heading.apply(other))));
    }

    /** Above or below the section in its article's outline, the introduction (the title) included. */
    private static boolean inBranch(Section section, Section other) {
        boolean introduction = other.articleId().equals(section.articleId()) && other.headingPath().size() == 1;
        return introduction || SectionFeatures.isAncestor(section, other) || SectionFeatures.isAncestor(other, section);
    }

    private static boolean meets(Set<String> word, Set<String> terms) {
        return word.stream().anyMatch(terms::contains);
    }
}
