package com.clinicchat.answering;

import com.clinicchat.triage.Route;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Understands short follow-ups ("what about for athletes?", "is that safe?", "how fast?") by searching with the
 * visitor's earlier question, so that the offline answerer needs no language model to keep the thread.
 */
final class FollowUps {

    private static final int MAX_FOLLOW_UP_WORDS = 8;
    private static final int ALWAYS_FOLLOW_UP_WORDS = 3;
    private static final int MAX_CHAIN = 3;
    private static final Pattern CUE = Pattern.compile(
            "^(what about|how about|and|also|what of|same for|how so|why|is that|is it|are they|does it|does that|"
                    + "do they|can it|will it|would it|what if|any|then|so)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(it|that|this|they|those|them|these|there)\\b");
    /** A question's first word: a chat opened with "is it safe" has set a topic, one opened with "hi there" has not. */
    private static final Pattern ASKS = Pattern.compile("^(is|are|does|do|can|could|will|would|should|what|whats|what's"
            + "|how|why|who|when|where|which)\\b");
    /** A pronoun that stands for something said before ("there" is as often "is there …"). */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(it|that|this|they|those|them|these)\\b");

    /**
     * @param topic the earlier question that set the topic
     * @param query the text to search with: the topic and the follow-up
     */
    record Thread(String topic, String query) {
    }

    private FollowUps() {
    }

    /** The thread a follow-up belongs to, or null when the message stands on its own or starts the chat. */
    static Thread thread(String question, List<Turn> history) {
        if (!isFollowUp(question)) {
            return null;
        }
        // the topic is set by the last question that stood on its own; follow-ups in between only refined it
        for (int i = history.size() - 1, seen = 0; i >= 0 && seen <= MAX_CHAIN; i--) {
            Turn turn = history.get(i);
            if (turn.speaker() == Turn.Speaker.VISITOR) {
                if (setsTheTopic(history, i)) {
                    return new Thread(turn.text(), turn.text() + " " + question);
                }
                seen++;
            }
        }
        return null;
    }

    /**
     * A question that stands on its own, or the chat's first one if it is more than a fragment, asks something or was
     * answered: it follows up nothing, so "does it lower heart attack risk", "is it safe" and "any side effects" set
     * the topic although they would read as follow-ups later.
     */
    private static boolean setsTheTopic(List<Turn> history, int index) {
        String text = history.get(index).text();
        boolean opensTheChat = history.subList(0, index).stream()
                .noneMatch(turn -> turn.speaker() == Turn.Speaker.VISITOR);
        return !isFollowUp(text) || opensTheChat && (words(text) > ALWAYS_FOLLOW_UP_WORDS
                || ASKS.matcher(text.toLowerCase(Locale.ROOT).strip()).find() || answered(history, index));
    }

    /** Whether the assistant's reply to a visitor's message answered it ("any side effects" has a topic). */
    private static boolean answered(List<Turn> history, int index) {
        return index + 1 < history.size() && history.get(index + 1).speaker() == Turn.Speaker.ASSISTANT
                && history.get(index + 1).route() == Route.ANSWER;
    }

    /** The text to search the articles with: the question alone, or with the earlier question for a follow-up. */
    static String retrievalQuery(String question, List<Turn> history) {
        Thread thread = thread(question, history);
        return thread == null ? question : thread.query();
    }

    static boolean isFollowUp(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        int words = words(lower);
        return words <= ALWAYS_FOLLOW_UP_WORDS
                || words <= MAX_FOLLOW_UP_WORDS && (CUE.matcher(lower).find() || PRONOUN.matcher(lower).find());
    }

    /** Whether the follow-up names what it asks about only by a pronoun for something said before. */
    static boolean pointsBack(String text) {
        return POINTS_BACK.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
