package com.clinicchat.answering;

import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.triage.Triage;
import com.clinicchat.triage.TriageOpinion;
import com.clinicchat.triage.TriageProperties;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The real pipeline over the project's articles, wired by hand: real index, real model, offline answers. */
public final class AssistantFixture {

    public final RetrieverFixture retrieval = RetrieverFixture.clinicArticles();
    public final Triage triage;
    public final Assistant assistant;
    public final List<Object> events = new ArrayList<>();

    public AssistantFixture(List<TriageOpinion> opinions) {
        triage = new Triage(RetrieverFixture.MODEL, new TriageProperties(0.55, 0.75, 0.05, 0.5));
        assistant = new Assistant(retrieval.retriever, triage, new OfflineAnswerGenerator(),
                new SecondOpinion(opinions, Clock.systemUTC()), events::add, Clock.systemUTC());
    }

    public AssistantFixture() {
        this(List.of());
    }
}
