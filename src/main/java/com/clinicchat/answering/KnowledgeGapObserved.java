package com.clinicchat.answering;

import com.clinicchat.triage.Route;

import java.time.Instant;

/** A visitor asked something the articles do not cover ({@code unknown}) or that is off topic ({@code decline}). */
public record KnowledgeGapObserved(String question, Route route, Instant at) {
}
