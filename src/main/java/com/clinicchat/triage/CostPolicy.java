package com.clinicchat.triage;

/**
 * Chooses the intent with the lowest expected cost rather than the most probable one: missing an emergency costs
 * far more than calling staff for nothing, and refusing a person who needs help is never acceptable.
 */
final class CostPolicy {

    private static final Intent[] INTENTS = Intent.values();

    /**
     * COST[true intent][decided intent], in the order of {@link Intent}: QUESTION, PERSONAL, PERSON, EMERGENCY,
     * DECLINE, SMALLTALK. A product decision, checked on the validation split, never on test. Doubling the emergency
     * row was tried in round 2 ({@code CostExperiment}): the router alone caught one more emergency of 58 for one
     * more false alarm, but the whole pipeline caught none more (the safety-net rules already had it), so it stays.
     */
    private static final double[][] COST = {
            /* QUESTION  */ {0, 1.5, 1.5, 6, 2.5, 2},
            /* PERSONAL  */ {3, 0, 0.5, 2, 6, 5},
            /* PERSON    */ {3, 0.5, 0, 2, 5, 3},
            /* EMERGENCY */ {12, 5, 5, 0, 15, 15},
            /* DECLINE   */ {1, 2.5, 2.5, 6, 0, 1},
            /* SMALLTALK */ {1.5, 2.5, 2.5, 8, 1.5, 0},
    };

    private final double[][] cost;

    CostPolicy() {
        this(COST);
    }

    /** With another matrix, for choosing one on the validation split ({@code CostExperiment}). */
    CostPolicy(double[][] cost) {
        this.cost = cost;
    }

    static double[][] defaultCost() {
        return java.util.Arrays.stream(COST).map(double[]::clone).toArray(double[][]::new);
    }

    Intent decide(double[] probabilities) {
        Intent best = Intent.QUESTION;
        double bestCost = Double.MAX_VALUE;
        for (Intent decided : INTENTS) {
            double expected = 0;
            for (Intent truth : INTENTS) {
                expected += probabilities[truth.ordinal()] * cost[truth.ordinal()][decided.ordinal()];
            }
            if (expected < bestCost) {
                bestCost = expected;
                best = decided;
            }
        }
        return best;
    }
}
