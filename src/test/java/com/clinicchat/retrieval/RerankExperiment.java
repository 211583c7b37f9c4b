package com.clinicchat.retrieval;

import com.clinicchat.answering.GeneratedAnswer;
import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.triage.Route;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Measures the learned {@link SectionRanker} against the fused order: top-1 section of the first passage and of the
 * offline answer, and the answer's key-phrase hit, by leave-one-writer-out cross-validation over the training
 * writers and on validation (never test). Routes are taken as right. Tag {@code evaluation}; run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=RerankExperiment}.
 */
@Tag("evaluation")
class RerankExperiment {

    record Question(String writer, LabelledTurn turn, float[] vector, RankerTraining.Example example) {

        String[] sections() {
            return example.sections();
        }
    }

    interface Picker {
        String pick(Question q);
    }

    private static void fast(String name, List<Question> train, List<Question> validation, TreeSet<String> writers,
                             java.util.function.Function<List<Question>, Picker> learner) {
        long right = 0;
        for (String writer : writers) {
            Picker picker = learner.apply(train.stream().filter(q -> !q.writer().equals(writer)).toList());
            right += train.stream().filter(q -> q.writer().equals(writer))
                    .filter(q -> q.turn().sections().contains(picker.pick(q))).count();
        }
        Picker all = learner.apply(train);
        long val = validation.stream().filter(q -> q.turn().sections().contains(all.pick(q))).count();
        System.out.printf(Locale.ROOT, "FAST %-16s CV %.3f validation %.3f%n", name, (double) right / train.size(),
                (double) val / validation.size());
    }

    private static int argmax(double[][] rows, java.util.function.ToDoubleFunction<double[]> score) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            double s = score.applyAsDouble(rows[i]);
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }


    private static final OfflineAnswerGenerator GENERATOR = new OfflineAnswerGenerator();

    @Test
    void compare() {
        SearchIndex index = SearchIndex.build(CoverageTraining.labelledArticles(), RetrieverFixture.MODEL);
        List<Question> train = questions(index, Split.TRAIN);
        List<Question> validation = questions(index, Split.VALIDATION);
        System.out.printf("RERANK questions: train %d, validation %d; labelled section in pool: train %.3f, validation %.3f%n",
                train.size(), validation.size(), inPool(train), inPool(validation));
        TreeSet<String> writers = new TreeSet<>(train.stream().map(Question::writer).toList());
        int sectionAt = PassageFeatures.SIZE;
        java.util.function.IntPredicate baseColumns = i -> i < sectionAt || i >= sectionAt + SectionFeatures.SIZE;
        if (Boolean.getBoolean("reportOnly")) { // the whole offline answer, without the ablations
            report("round 9 features C 3", index, train, validation, writers, questions -> fitColumns(questions, 3,
                    baseColumns, false));
            report("section C " + RankerTraining.C, index, train, validation, writers, RankerTraining.C);
            return;
        }
        fast("fused", train, validation, writers, questions -> q -> q.sections()[0]);
        for (double c : new double[]{1, 3, 10}) {
            fast("section C " + c, train, validation, writers, questions -> {
                SectionRanker ranker = fit(questions, c);
                return q -> {
                    RankerTraining.Example sections = q.example().bySection();
                    return sections.sections()[argmax(sections.features(), ranker::score)];
                };
            });
        }
        // ablations of the section features (SectionFeatures), each fitted on a subset of the columns
        String[] names = {"subsection", "intro", "parentOfPooled", "childOfPooled", "holdsRarest",
                "headingHoldsRarest", "lexicalSectionScore", "asksQuantity×numbers"};
        fast("old features", train, validation, writers, questions -> picker(fitColumns(questions, RankerTraining.C,
                baseColumns, false)));
        for (int f = 0; f < SectionFeatures.SIZE; f++) {
            int added = sectionAt + f;
            fast("+" + names[f], train, validation, writers, questions -> picker(fitColumns(questions,
                    RankerTraining.C, i -> baseColumns.test(i) || i == added, false)));
        }
        for (double c : new double[]{1, 3}) {
            fast("all pairwise C " + c, train, validation, writers, questions -> picker(fitColumns(questions, c,
                    i -> true, true)));
            fast("old pairwise C " + c, train, validation, writers, questions -> picker(fitColumns(questions, c,
                    baseColumns, true)));
        }
        if (Boolean.getBoolean("fastOnly")) {
            return;
        }
        report("old features", index, train, validation, writers, questions -> fitColumns(questions,
                RankerTraining.C, baseColumns, false));
        report("fused", index, train, validation, writers, (Double) null);
        report("section C " + RankerTraining.C, index, train, validation, writers, RankerTraining.C);
        System.out.println("RERANK weights (all train): " + fit(train, RankerTraining.C));
    }

    private static void report(String name, SearchIndex index, List<Question> train, List<Question> validation,
                               TreeSet<String> writers, Double c) {
        report(name, index, train, validation, writers,
                questions -> c == null ? SectionRanker.FUSED : fit(questions, c));
    }

    private static void report(String name, SearchIndex index, List<Question> train, List<Question> validation,
                               TreeSet<String> writers,
                               java.util.function.Function<List<Question>, SectionRanker> learner) {
        double[] cv = new double[3];
        for (String writer : writers) {
            SectionRanker ranker = learner.apply(train.stream().filter(q -> !q.writer().equals(writer)).toList());
            double[] scores = score(index, train.stream().filter(q -> q.writer().equals(writer)).toList(), ranker);
            for (int i = 0; i < 3; i++) {
                cv[i] += scores[i];
            }
        }
        SectionRanker all = learner.apply(train);
        double[] val = score(index, validation, all);
        System.out.printf(Locale.ROOT, "RERANK %-14s CV first %.3f answer-section %.3f key %.3f | validation first %.3f answer-section %.3f key %.3f%n",
                name, cv[0] / train.size(), cv[1] / train.size(), cv[2] / train.size(),
                val[0] / validation.size(), val[1] / validation.size(), val[2] / validation.size());
    }

    private static Picker picker(SectionRanker ranker) {
        return q -> {
            RankerTraining.Example sections = q.example().bySection();
            return sections.sections()[argmax(sections.features(), ranker::score)];
        };
    }

    /**
     * A ranker fitted on some columns only (the others weigh 0), pointwise (each section a row) or pairwise (each
     * labelled section against each other section of the same question, as a difference of their rows).
     */
    static SectionRanker fitColumns(List<Question> questions, double c, java.util.function.IntPredicate keep,
                                    boolean pairwise) {
        int[] columns = java.util.stream.IntStream.range(0, SectionRanker.SIZE).filter(keep).toArray();
        List<double[]> rows = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        for (Question q : questions) {
            RankerTraining.Example sections = q.example().bySection();
            double[][] x = sections.features();
            boolean[] y = sections.relevant();
            for (int i = 0; i < x.length; i++) {
                if (!pairwise) {
                    rows.add(project(x[i], null, columns));
                    positive.add(y[i]);
                    continue;
                }
                for (int j = 0; j < x.length; j++) {
                    if (y[i] && !y[j]) {
                        rows.add(project(x[i], x[j], columns));
                        positive.add(true);
                        rows.add(project(x[j], x[i], columns));
                        positive.add(false);
                    }
                }
            }
        }
        LinearModel model = LinearModel.fit(rows, positive, columns.length, c);
        double[] weights = new double[SectionRanker.SIZE];
        for (int i = 0; i < columns.length; i++) {
            weights[columns[i]] = model.weights()[i];
        }
        return SectionRanker.of(new LinearModel(weights, model.bias()));
    }

    private static double[] project(double[] a, double[] b, int[] columns) {
        double[] row = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            row[i] = a[columns[i]] - (b == null ? 0 : b[columns[i]]);
        }
        return row;
    }

    static SectionRanker fit(List<Question> questions, double c) {
        List<RankerTraining.Example> sections = questions.stream().map(q -> q.example().bySection()).toList();
        return SectionRanker.fit(sections.stream().map(RankerTraining.Example::features).toList(),
                sections.stream().map(RankerTraining.Example::relevant).toList(), c);
    }

    /** Counts: first passage in a labelled section, the answer's section labelled, the answer holds a key phrase. */
    private static double[] score(SearchIndex index, List<Question> questions, SectionRanker ranker) {
        double[] counts = new double[3];
        for (Question q : questions) {
            var passages = KnowledgeRetriever.rank(index, q.turn().question(), q.vector(),
                    RetrieverFixture.PROPERTIES.maxPassages(), RetrieverFixture.PROPERTIES,
                    KnowledgeRetriever.Fusion.PLAIN, ranker).passages();
            if (passages.isEmpty()) {
                continue;
            }
            counts[0] += q.turn().sections().contains(RankerTraining.id(passages.getFirst().section())) ? 1 : 0;
            GeneratedAnswer answer = GENERATOR.answer(q.turn().question(),
                    new Retrieval(q.turn().question(), passages, 1, true), delta -> { });
            String url = answer.citations().getFirst().url();
            counts[1] += q.turn().sections().stream().anyMatch(s -> url.endsWith(s.substring(s.indexOf('#')))) ? 1 : 0;
            String text = answer.text().toLowerCase(Locale.ROOT);
            counts[2] += q.turn().any().isEmpty()
                    || q.turn().any().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT))) ? 1 : 0;
        }
        return counts;
    }

    private static double inPool(List<Question> questions) {
        return questions.stream().filter(q -> {
            for (boolean r : q.example().relevant()) {
                if (r) {
                    return true;
                }
            }
            return false;
        }).count() / (double) questions.size();
    }

    static List<Question> questions(SearchIndex index, Split split) {
        List<String> writers = new ArrayList<>();
        List<LabelledTurn> turns = new ArrayList<>();
        for (WriterCorpus writer : CorpusReader.read(split)) {
            writer.messages().stream()
                    .filter(turn -> turn.primaryRoute() == Route.ANSWER && !turn.sections().isEmpty())
                    .forEach(turn -> {
                        writers.add(writer.writer());
                        turns.add(turn);
                    });
        }
        var vectors = RetrieverFixture.MODEL.embedAll(turns.stream().map(t -> TextSegment.from(t.question())).toList())
                .content();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            LabelledTurn turn = turns.get(i);
            float[] vector = vectors.get(i).vector();
            RankerTraining.Example example = RankerTraining.example(index, turn, vector, RetrieverFixture.PROPERTIES);
            if (example == null) {
                continue;
            }
            questions.add(new Question(writers.get(i), turn, vector, example));
        }
        return questions;
    }
}
