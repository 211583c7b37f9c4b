package com.clinicchat.answering;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few turns of recent {@code /api/ask} conversations, in memory and bounded, so that follow-ups there
 * are understood. (The live chat keeps its history in the database.)
 */
@Component
class RecentQuestions {

    private static final int MAX_CONVERSATIONS = 10_000;
    private static final int TURNS_KEPT = 6;

    private final Map<String, List<Turn>> turns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Turn>> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    synchronized List<Turn> history(String conversationId) {
        return List.copyOf(turns.getOrDefault(conversationId, List.of()));
    }

    synchronized void add(String conversationId, String question, String reply, com.clinicchat.triage.Route route) {
        List<Turn> history = turns.computeIfAbsent(conversationId, id -> new ArrayList<>());
        history.add(Turn.visitor(question));
        history.add(Turn.assistant(reply, route));
        while (history.size() > TURNS_KEPT) {
            history.removeFirst();
        }
    }
}
