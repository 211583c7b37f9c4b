package com.clinicchat.triage;

import com.clinicchat.retrieval.RetrieverFixture;

/** The router trained once per test JVM on the training split, as the application trains it at start. */
public final class TrainedRouter {

    private TrainedRouter() {
    }

    public static Router get() {
        return Holder.ROUTER;
    }

    private static final class Holder {
        static final Router ROUTER = Router.trainOrLoad(RetrieverFixture.MODEL, 8,
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "clinicchat-models"));
    }
}
