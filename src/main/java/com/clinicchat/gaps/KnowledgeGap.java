package com.clinicchat.gaps;

import com.clinicchat.triage.Route;

import java.time.Instant;

/** One recorded question that the articles did not answer. */
public record KnowledgeGap(long id, String question, Route route, Instant askedAt) {
}
