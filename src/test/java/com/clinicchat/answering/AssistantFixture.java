package com.clinicchat.answering;

import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.triage.Triage;
import com.clinicchat.triage.TriageOpinion;
import com.clinicchat.triage.TrainedRouter;
import com.clinicchat.triage.VisitorLanguage;
import com.clinicchat.retrieval.QueryEmbeddings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The real pipeline over the project's articles, wired by hand: real index, real model, offline answers. */
public final class AssistantFixture {

    /** Its language models take a couple of seconds and 70 MB to load: one for every fixture. */
    private static final VisitorLanguage LANGUAGE = new VisitorLanguage();

    public final RetrieverFixture retrieval;
    public final Triage triage;
    public final Assistant assistant;
    public final List<Object> events = new ArrayList<>();

    public AssistantFixture(List<TriageOpinion> opinions) {
        this(RetrieverFixture.clinicArticles(), opinions);
    }

    public AssistantFixture(RetrieverFixture retrieval, List<TriageOpinion> opinions) {
        this.retrieval = retrieval;
        triage = new Triage(TrainedRouter.get(), LANGUAGE);
        assistant = new Assistant(retrieval.retriever, retrieval.knowledge, new QueryEmbeddings(RetrieverFixture.MODEL), triage, new OfflineAnswerGenerator(),
                new SecondOpinion(opinions, Clock.systemUTC()), events::add,
                Clock.systemUTC());
    }

    public AssistantFixture() {
        this(List.of());
    }
}
