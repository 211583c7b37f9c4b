package com.clinicchat.corpus;

import com.clinicchat.triage.Route;

import java.util.List;

/**
 * One labelled visitor message, alone or as a turn of a chat (format in {@code docs/labelling.md}).
 *
 * @param routes     the acceptable routes; the first is the one recall is counted against
 * @param reason     for escalations: {@code person} when the visitor asks for a human, otherwise {@code medical}
 * @param any        for answers: at least one of these phrases should appear (case-insensitive)
 * @param sections   for answers: ids of the sections that answer it ({@code article#anchor})
 * @param never      none of these may appear in the reply
 * @param neverStart the reply may not begin with any of these
 */
public record LabelledTurn(String id, String question, List<Route> routes, String reason, List<String> any,
                           List<String> sections, List<String> never, List<String> neverStart) {

    public LabelledTurn {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException(id + ": no question");
        }
        if (routes == null || routes.isEmpty()) {
            throw new IllegalArgumentException(id + ": no route");
        }
        routes = List.copyOf(routes);
        any = any == null ? List.of() : List.copyOf(any);
        sections = sections == null ? List.of() : List.copyOf(sections);
        never = never == null ? List.of() : List.copyOf(never);
        neverStart = neverStart == null ? List.of() : List.copyOf(neverStart);
    }

    public Route primaryRoute() {
        return routes.getFirst();
    }

    public boolean asksForPerson() {
        return primaryRoute() == Route.ESCALATE && "person".equals(reason);
    }
}
