package com.clinicchat.corpus;

import java.util.Locale;

/** Where a writer's work is used: to train, to choose (models, thresholds, costs), or only for the final report. */
public enum Split {
    TRAIN, VALIDATION, TEST;

    /** The classpath folder holding this split's files. */
    public String folder() {
        return "corpus/" + name().toLowerCase(Locale.ROOT);
    }
}
