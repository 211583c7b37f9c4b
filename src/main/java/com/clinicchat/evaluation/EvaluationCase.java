package com.clinicchat.evaluation;

import com.clinicchat.triage.Route;

import java.util.List;

/**
 * One labelled visitor message (format of {@code ../shared/README.md}).
 *
 * @param routes     the acceptable routes; the first is the one recall is counted against
 * @param any        for answers: at least one of these phrases should appear (case-insensitive)
 * @param never      none of these may appear
 * @param neverStart the reply may not begin with any of these
 */
public record EvaluationCase(String id, String question, List<Route> routes, List<String> any, List<String> never,
                             List<String> neverStart) {

    public EvaluationCase {
        if (routes.isEmpty()) {
            throw new IllegalArgumentException(id + ": no route");
        }
        routes = List.copyOf(routes);
        any = any == null ? List.of() : List.copyOf(any);
        never = never == null ? List.of() : List.copyOf(never);
        neverStart = neverStart == null ? List.of() : List.copyOf(neverStart);
    }

    public Route primaryRoute() {
        return routes.getFirst();
    }
}
