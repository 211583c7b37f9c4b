package com.clinicchat.triage;

import com.clinicchat.retrieval.RetrieverFixture;

/** The router trained once per test JVM on the training split, as the application trains it at start. */
public final class TrainedRouter {

    private TrainedRouter() {
    }

    /** The default of {@code clinicchat.triage.regularisation}, so that the tests and the application share a cache. */
    public static final double REGULARISATION = 8;

    public static Router get() {
        return Holder.ROUTER;
    }

    private static final class Holder {
        static final Router ROUTER = Router.trainOrLoad(RetrieverFixture.MODEL, REGULARISATION,
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "clinicchat-models"));
    }
}
