package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@link SectionRanker} knows of a candidate section as a whole, beside the best of its passages
 * ({@link PassageFeatures}): where it sits in its article's outline and whether its parent or a subsection of it is
 * also a candidate (the ranker's commonest confusion was a section against its parent or child), whether it holds
 * the question's rarest word the articles use, its BM25 score as a whole section, and whether a question asking for
 * a quantity meets a section that gives numbers. Nothing names a topic: an outline, word rarity and digits are in
 * every article.
 */
final class SectionFeatures {

    static final int SIZE = 8;

    /** Questions asking for an amount, a duration or a frequency, in the corpus's two languages. */
    private static final Pattern ASKS_QUANTITY = Pattern.compile(
            "\\b(how (long|often|many|much|soon|frequently)|cu[aá]nt[oa]s?|cada cu[aá]nto)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    private SectionFeatures() {
    }

    /**
     * Each pooled section's features.
     *
     * @param pooled the sections of the pool, each once
     */
    static Map<Section, double[]> of(SearchIndex index, KnowledgeRetriever.Fused fused, List<Section> pooled,
                                     String query, Map<String, Set<String>> queryTerms) {
        Set<String> rarest = index.rarestKnown(queryTerms);
        boolean asksQuantity = ASKS_QUANTITY.matcher(query.toLowerCase(Locale.ROOT)).find();
        Map<Section, Double> lexical = new HashMap<>();
        double topLexical = 0;
        for (SearchIndex.Hit hit : fused.lexicalSections()) {
            lexical.putIfAbsent(index.units().get(hit.unit()).section(), (double) hit.score());
            topLexical = Math.max(topLexical, hit.score());
        }
        Map<Section, double[]> features = new HashMap<>();
        for (Section section : pooled) {
            int depth = section.headingPath().size();
            boolean parentOfPooled = pooled.stream().anyMatch(other -> isAncestor(section, other));
            boolean childOfPooled = pooled.stream().anyMatch(other -> isAncestor(other, section));
            int unit = index.sectionUnit(section);
            boolean holdsRarest = !rarest.isEmpty() && rarest.stream().anyMatch(term -> index.holds(unit, term));
            boolean headingHoldsRarest = !rarest.isEmpty() && index.headingHolds(section, rarest);
            double lexicalScore = topLexical > 0 ? lexical.getOrDefault(section, 0.0) / topLexical : 0;
            boolean givesNumbers = NUMBER.matcher(section.body()).find();
            features.put(section, new double[]{
                    depth >= 3 ? 1 : 0, depth <= 1 ? 1 : 0, parentOfPooled ? 1 : 0, childOfPooled ? 1 : 0,
                    holdsRarest ? 1 : 0, headingHoldsRarest ? 1 : 0, lexicalScore,
                    asksQuantity && givesNumbers ? 1 : 0});
        }
        return features;
    }

    /**
     * Whether {@code ancestor} is a section above {@code section} in the same article's outline; the introduction
     * (under the title alone) is above every section and so tells nothing.
     */
    static boolean isAncestor(Section ancestor, Section section) {
        List<String> above = ancestor.headingPath();
        List<String> path = section.headingPath();
        return ancestor.articleId().equals(section.articleId()) && above.size() >= 2 && above.size() < path.size()
                && path.subList(0, above.size()).equals(above);
    }
}
