package com.clinicchat.triage;

/** Calibrated probability of each {@link Intent}, indexed by ordinal. */
record IntentProbabilities(double[] values) {

    double of(Intent intent) {
        return values[intent.ordinal()];
    }

    Intent mostLikely() {
        Intent best = Intent.QUESTION;
        for (Intent intent : Intent.values()) {
            if (values[intent.ordinal()] > values[best.ordinal()]) {
                best = intent;
            }
        }
        return best;
    }
}
