package com.clinicchat.gaps;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.knowledge.KnowledgeProperties;
import com.clinicchat.triage.Route;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chooses {@code clinicchat.gaps.similarity} on labelled questions (training and validation splits, never test), for
 * the model in use and for the one before it, so that the procedure can be checked against the old choice. Each
 * question is reduced to its topic and embedded as {@link KnowledgeGapStore} does, then grouped by
 * {@link TopicGrouping#group} itself (greedy nearest centroid, then merging of near centroids) at each threshold;
 * the grouping is scored by pairwise F1 (a pair in one group is right iff both questions carry the same label).
 * Two labellings:
 * <ul>
 *     <li><b>unknown</b>: the questions labelled {@code unknown} (what the gap list really holds), given a topic by
 *     the ordered keyword rules in {@link #UNKNOWN_TOPICS} (first match wins); questions no rule matches are grouped
 *     but not scored;</li>
 *     <li><b>sections</b>: answerable questions with exactly one labelled section, "same topic iff same section"
 *     (coarser topics than a gap list's: twelve sections of one article).</li>
 * </ul>
 * The grouping depends on the order of the questions, so each threshold is scored over several shuffles (the
 * sections set: random draws of {@link #SECTION_SAMPLE} questions, about a busy month of gaps). Results go to stdout
 * and {@code target/gap-similarity.md}; {@code docs/staff-console.md} holds the reviewed figures. Tag
 * {@code evaluation}: {@code ./mvnw test -Dtests.excluded=none -Dtest=GapSimilarityEvaluation}.
 */
@Tag("evaluation")
class GapSimilarityEvaluation {

    private static final int DRAWS = 10;
    private static final int SECTION_SAMPLE = 200;
    private static final double LOWEST = 0.20;
    private static final double HIGHEST = 0.95;
    private static final double STEP = 0.025;

    /** Topics of the unknown questions: ordered, first match wins (e.g. "insurance ... cash only" is insurance). */
    private static final Map<String, Pattern> UNKNOWN_TOPICS = topics(
            "gift card", "gift",
            "insurance", "insurance|medicare|medicaid|\\bhsa\\b|\\bfsa\\b|blue cross|regence|select health",
            "payment", "venmo|apple pay|take checks|invoice|\\btip\\b|\\bpay\\b|\\bcash\\b",
            "discount", "discount|promo",
            "membership", "membership|package|monthly plan",
            "hangover", "hangover|hangxiety",
            "price", "\\bprice|\\bcost\\b|cuesta|precio|\\$\\$|how much (is|does|for)|^how much\\W*$",
            "before and after", "\\bfast\\b|\\beat before|ate right|alcohol|\\bdrive\\b|work out|\\bwear\\b|prepare"
                    + "|caffeine",
            "referral", "referral|prescription|doctor'?s? (note|order)",
            "children and age", "\\bkids?\\b|\\bchildren\\b|minimum age|teens|\\bage to",
            "NAD+", "\\bnad\\b|nad\\+",
            "Myers cocktail", "myers",
            "glutathione", "glutathione",
            "vitamin C", "vitamin c",
            "B12", "b12",
            "ketamine", "ketamine",
            "neuropathy", "neuropathy",
            "service area", "boise|idaho|vegas|nevada|phoenix|arizona|st\\.? ?george|park city|logan|denver|wyoming"
                    + "|ogden|travel fee|slc area|salt lake area|hotel",
            "groups and events", "group|team|office|event|staff|club|tailgate|wedding|bachelorette|festival"
                    + "|crossfit|how many people",
            "cancellation", "cancel|return policy",
            "opening hours", "hours|open (on )?sun|open sundays|days do you work",
            "walk-in clinic", "walk in|walk into|address|parking|location i can|come to you",
            "booking", "\\bbook|appointment|\\bappt|schedule|openings|waiting list|wait time|nurse to get"
                    + "|nurse arrive",
            "phone", "phone",
            "spanish", "spanish|español|habla",
            "nurses", "nurse|\\brns?\\b|paramedic|hiring",
            "the business", "in business|been around|owner|reviews",
            "session length", "start to finish|how long (does|is|the) (a |one |the )?(magnesium )?(session|drip|it)"
                    + "|how long does it take|block out",
            "effects and sessions", "effects?\\b.*\\blast|how soon|how many sessions|sessions (until|does|i need)",
            "how often", "how often|every week|every day",
            "needles and pain", "needle|hurt|numb",
            "what is in the bag", "in the bag|besides magnesium|\\bmg\\b|vegan|latex|animal|bag of saline",
            "blood tests", "blood (work|test)|magnesium levels",
            "FDA approval", "\\bfda\\b",
            "hydration", "hydration|dehydration|plain fluids|sports drink",
            "immune system", "immun",
            "weight loss", "weight|\\blose\\b",
            "diabetes", "diabet",
            "tinnitus", "tinnitus",
            "depression", "depress",
            "ADHD and memory", "adhd|memory|dementia|alzheimer|focus",
            "hair", "\\bhair\\b",
            "menopause", "hot flashes|menopause",
            "skin and ageing", "\\bskin\\b|acne|wrinkle|aging|ageing",
            "detox", "detox",
            "cancer", "cancer",
            "fibromyalgia", "fibromyalgia",
            "asthma", "asthma|copd",
            "digestion", "constipation|poop|reflux",
            "jet lag", "jet lag|altitude",
            "fertility", "fertility",
            "covid", "covid",
            "pill forms", "glycinate|citrate|sulfate|chloride",
            "studies", "studies|pubmed|peer-reviewed");

    record Item(String question, String label) {
    }

    /** Mean pairwise precision, recall and F1 over the draws, and the mean number of groups. */
    record Score(double threshold, double precision, double recall, double f1, double groups) {
    }

    @Test
    void chooseTheThresholdOnLabelledQuestions() throws IOException {
        GapsProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("clinicchat.gaps", GapsProperties.class);
        KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeProperties(Path.of("knowledge"), false,
                Duration.ofMillis(100)), event -> { });
        knowledge.reload();
        TopicGrouping topics = new TopicGrouping(defaults.subjectWords(), knowledge::subjectWords);
        List<LabelledTurn> messages = Stream.concat(CorpusReader.read(Split.TRAIN).stream(),
                        CorpusReader.read(Split.VALIDATION).stream())
                .flatMap(writer -> writer.messages().stream()).toList();
        List<Item> unknown = messages.stream().filter(m -> m.primaryRoute() == Route.UNKNOWN)
                .map(m -> new Item(m.question(), unknownTopic(m.question()))).toList();
        List<Item> sections = messages.stream().filter(m -> m.sections().size() == 1)
                .map(m -> new Item(m.question(), m.sections().getFirst())).toList();
        long labelled = unknown.stream().filter(i -> i.label() != null).count();
        long topicCount = unknown.stream().map(Item::label).filter(l -> l != null).distinct().count();

        StringBuilder out = new StringBuilder("# Knowledge-gap similarity\n\n");
        out.append(String.format(Locale.ROOT, "unknown: %d questions, %d labelled with %d topics by the rules; "
                        + "sections: %d single-section questions (%d sections), %d draws of %d%n%n",
                unknown.size(), labelled, topicCount, sections.size(),
                sections.stream().map(Item::label).distinct().count(), DRAWS, SECTION_SAMPLE));
        if (Boolean.getBoolean("gaps.listTopics")) {
            unknown.forEach(i -> out.append(i.label()).append("\t").append(i.question()).append('\n'));
        }
        StringBuilder report = new StringBuilder();
        List<String> floors = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, EmbeddingModel> models = new LinkedHashMap<>();
        models.put("all-MiniLM-L6-v2-q", new AllMiniLmL6V2QuantizedEmbeddingModel());
        models.put("bge-small-en-v1.5-q", new BgeSmallEnV15QuantizedEmbeddingModel());
        for (var model : models.entrySet()) {
            for (var set : Map.of("unknown", unknown, "sections", sections).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Collections.reverseOrder())).toList()) {
                List<float[]> vectors = set.getValue().stream()
                        .map(i -> model.getValue().embed(topics.topic(i.question())).content().vector()).toList();
                List<Score> scores = new ArrayList<>();
                for (double t = LOWEST; t <= HIGHEST + 1e-9; t += STEP) {
                    scores.add(score(set.getValue(), vectors, t, set.getKey().equals("sections")));
                }
                Score best = scores.stream().max((a, b) -> Double.compare(a.f1(), b.f1())).orElseThrow();
                out.append(String.format(Locale.ROOT, "## %s, %s: best F1 %.3f at %.3f%n%n", model.getKey(),
                        set.getKey(), best.f1(), best.threshold()));
                out.append("| threshold | precision | recall | F1 | groups |\n|---|---|---|---|---|\n");
                for (Score s : scores) {
                    out.append(String.format(Locale.ROOT, "| %.3f | %.3f | %.3f | %.3f | %.1f |%n", s.threshold(),
                            s.precision(), s.recall(), s.f1(), s.groups()));
                }
                out.append('\n');
                System.out.print(out);
                report.append(out);
                out.setLength(0);
                double oneGroup = score(set.getValue(), vectors, -1, set.getKey().equals("sections")).f1();
                floors.add(String.format(Locale.ROOT, "%s %s: best F1 %.3f, all in one group %.3f", model.getKey(),
                        set.getKey(), best.f1(), oneGroup));
                if (best.f1() <= oneGroup) {
                    failures.add(floors.getLast());
                }
            }
        }
        report.append(String.join("\n", floors)).append('\n');
        System.out.println(String.join("\n", floors));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/gap-similarity.md"), report);
        assertThat(failures).as("groupings no better than putting everything in one group").isEmpty();
    }

    private static Score score(List<Item> items, List<float[]> vectors, double threshold, boolean sample) {
        double precision = 0, recall = 0, f1 = 0, groups = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(draw));
            if (sample) {
                order = order.subList(0, SECTION_SAMPLE);
            }
            List<float[]> drawn = order.stream().map(vectors::get).toList();
            int[] group = new int[order.size()];
            List<List<Integer>> grouping = TopicGrouping.group(drawn, threshold);
            for (int g = 0; g < grouping.size(); g++) {
                for (int member : grouping.get(g)) {
                    group[member] = g;
                }
            }
            long together = 0, right = 0, same = 0;
            for (int a = 0; a < order.size(); a++) {
                String labelA = items.get(order.get(a)).label();
                for (int b = a + 1; b < order.size() && labelA != null; b++) {
                    String labelB = items.get(order.get(b)).label();
                    if (labelB == null) {
                        continue;
                    }
                    boolean sameLabel = labelA.equals(labelB);
                    boolean sameGroup = group[a] == group[b];
                    together += sameGroup ? 1 : 0;
                    same += sameLabel ? 1 : 0;
                    right += sameGroup && sameLabel ? 1 : 0;
                }
            }
            double p = together == 0 ? 1 : (double) right / together;
            double r = same == 0 ? 1 : (double) right / same;
            precision += p;
            recall += r;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
            groups += grouping.size();
        }
        return new Score(threshold, precision / DRAWS, recall / DRAWS, f1 / DRAWS, groups / DRAWS);
    }

    static String unknownTopic(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return UNKNOWN_TOPICS.entrySet().stream().filter(e -> e.getValue().matcher(lower).find())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Map<String, Pattern> topics(String... nameThenRegex) {
        Map<String, Pattern> topics = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRegex.length; i += 2) {
            topics.put(nameThenRegex[i], Pattern.compile(nameThenRegex[i + 1]));
        }
        return topics;
    }
}
