package com.clinicchat.gaps;

import com.clinicchat.knowledge.SubjectWords;
import com.clinicchat.retrieval.Cosine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups questions by meaning (average linkage): each joins the group whose members it is most similar to on
 * average, if that average cosine is high enough, else starts its own; then groups whose members are similar enough
 * on average are merged, most similar first. Comparing with all members rather than one example per group keeps a
 * group from drifting and lets "cost", "price" and "expensive" meet in the middle.
 * <p>
 * The average cosine, not the cosine with the group's average embedding: bge-small's embeddings share a large common
 * direction (unrelated questions have cosines around 0.56), which the average of a large, mixed group points along,
 * so a centroid drew in every question once a group grew. The average cosine of a mixed group stays at that floor.
 */
final class TopicGrouping {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> clinicWords;
    private final Supplier<SubjectWords> subject;
    /** The pattern for the subject words last seen: they change only when the articles are reloaded. */
    private volatile Cached cached = new Cached(null, null);

    private record Cached(SubjectWords of, Pattern pattern) {
    }

    /**
     * @param clinicWords words any question to this clinic may hold ("iv", "drip"), from configuration
     * @param subject     what the clinic's articles are about as of now ("magnesium"), from the knowledge base
     */
    TopicGrouping(List<String> clinicWords, Supplier<SubjectWords> subject) {
        this.clinicWords = List.copyOf(clinicWords);
        this.subject = subject;
    }

    /** The question without the clinic's and the articles' subject words: what it asks about the subject. */
    String topic(String question) {
        String topic = SPACES.matcher(pattern().matcher(question).replaceAll(" ")).replaceAll(" ").strip();
        return topic.chars().anyMatch(Character::isLetterOrDigit) ? topic : question;
    }

    private Pattern pattern() {
        SubjectWords now = subject.get();
        Cached last = cached;
        if (now != last.of()) {
            Set<String> all = new LinkedHashSet<>(clinicWords);
            all.addAll(now.words());
            all.addAll(List.of("a", "an", "the"));
            last = new Cached(now, Pattern.compile("(?i)\\b(" + all.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")\\b"));
            cached = last;
        }
        return last.pattern();
    }

    /** Groups of indexes into {@code vectors}, each group in the order given. */
    static List<List<Integer>> group(List<float[]> vectors, double similarity) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = Cosine.unit(vectors.get(i));
            Group nearest = null;
            double best = similarity;
            for (Group group : groups) {
                double cosine = group.averageCosine(vector, 1);
                if (cosine >= best) {
                    best = cosine;
                    nearest = group;
                }
            }
            if (nearest == null) {
                nearest = new Group(vector.length);
                groups.add(nearest);
            }
            nearest.add(i, vector);
        }
        mergeNear(groups, similarity);
        return groups.stream().map(Group::members).toList();
    }

    private static void mergeNear(List<Group> groups, double similarity) {
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = similarity;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    Group other = groups.get(b);
                    double cosine = groups.get(a).averageCosine(other.sum, other.members.size());
                    if (cosine >= best) {
                        best = cosine;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return;
            }
            groups.get(bestA).absorb(groups.remove(bestB));
        }
    }

    /** A group's members and the sum of their unit vectors: its average cosine with anything is one dot product. */
    private static final class Group {
        private final List<Integer> members = new ArrayList<>();
        private final float[] sum;

        Group(int dimensions) {
            sum = new float[dimensions];
        }

        void add(int index, float[] vector) {
            members.add(index);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d];
            }
        }

        void absorb(Group other) {
            members.addAll(other.members);
            members.sort(Integer::compare);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += other.sum[d];
            }
        }

        /** The average cosine between this group's members and those summed in {@code otherSum} ({@code count}). */
        double averageCosine(float[] otherSum, int count) {
            return Cosine.dot(sum, otherSum) / ((double) members.size() * count);
        }

        List<Integer> members() {
            return members;
        }
    }
}
