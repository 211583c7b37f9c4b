package com.clinicchat.insights;

import com.clinicchat.answering.Citation;
import com.clinicchat.conversation.AccessTokens;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.conversation.NewMessage;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes conversations through the real {@link ConversationStore}, as the chat and the console would, but at chosen
 * instants: each step happens the given number of seconds after the one before.
 */
final class Seed {

    static final Citation BLOOD_PRESSURE = new Citation("Magnesium IV Benefits", "Managing Blood Pressure",
            "/blog/magnesium-iv-benefits#managing-blood-pressure");
    static final Citation MUSCLES = new Citation("Magnesium IV Benefits", "Muscle Recovery",
            "/blog/magnesium-iv-benefits#muscle-recovery");

    private final ConversationStore store;
    private final JdbcClient jdbc;

    Seed(ConversationStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    Chat chat(String id, String startedAt) {
        Instant at = Instant.parse(startedAt);
        store.create(id, AccessTokens.hash("token-" + id), "visitor", at);
        return new Chat(id, at);
    }

    void gap(String question, String route, String askedAt) {
        jdbc.sql("INSERT INTO knowledge_gap (question, route, asked_at, embedding) VALUES (?, ?, ?, ?)")
                .params(question, route, OffsetDateTime.ofInstant(Instant.parse(askedAt), ZoneOffset.UTC),
                        new byte[]{0, 0, 0, 0})
                .update();
    }

    final class Chat {
        final String id;
        private Instant at;
        private int clientIds;

        Chat(String id, Instant at) {
            this.id = id;
            this.at = at;
        }

        private Instant after(long seconds) {
            at = at.plusSeconds(seconds);
            return at;
        }

        /** The visitor writes; returns this chat for the assistant's reply to follow. */
        Chat visitor(long seconds, String text) {
            store.append(id, NewMessage.fromVisitor(id + "-" + ++clientIds, text), after(seconds));
            return this;
        }

        Chat answer(long seconds, String text, Citation... citations) {
            return bot(seconds, Route.ANSWER, text, List.of(citations));
        }

        Chat bot(long seconds, Route route, String text, List<Citation> citations) {
            store.append(id, new NewMessage(null, Author.BOT, null, text, route, citations,
                    route == Route.EMERGENCY), after(seconds));
            return this;
        }

        Chat escalate(long seconds, EscalationReason reason) {
            boolean moved = store.escalate(id, reason, reason == EscalationReason.EMERGENCY,
                    reason == EscalationReason.ASKED_FOR_PERSON ? "visitor" : "bot", after(seconds));
            if (!moved) {
                throw new IllegalStateException("not with the bot: " + id);
            }
            return this;
        }

        Chat claim(long seconds, String staff) {
            if (!store.claim(id, staff, after(seconds))) {
                throw new IllegalStateException("not waiting: " + id);
            }
            return this;
        }

        Chat staff(long seconds, String staff, String text) {
            store.append(id, NewMessage.fromStaff(staff, text), after(seconds));
            return this;
        }

        Chat handBack(long seconds, String staff) {
            if (!store.handBack(id, staff, after(seconds))) {
                throw new IllegalStateException("not held by " + staff + ": " + id);
            }
            return this;
        }

        Chat close(long seconds, ConversationState from, String staff, String outcome) {
            if (!store.close(id, from, staff, outcome, after(seconds))) {
                throw new IllegalStateException("cannot close " + id);
            }
            return this;
        }

        /** The visitor ends the chat (from the bot, as the widget's "End chat" does). */
        Chat end(long seconds) {
            if (!store.endByVisitor(id, ConversationState.BOT, after(seconds))) {
                throw new IllegalStateException("not with the bot: " + id);
            }
            return this;
        }

        /** The visitor's end-of-chat rating (of a closed chat). */
        Chat rate(long seconds, int score, String comment) {
            if (!store.rate(id, score, comment, after(seconds))) {
                throw new IllegalStateException("not closed: " + id);
            }
            return this;
        }

        /** A thumbs up or down on the assistant's message {@code seq}. */
        Chat thumbs(long seconds, long seq, Feedback feedback) {
            if (!store.giveFeedback(id, seq, feedback, after(seconds))) {
                throw new IllegalStateException("no bot message " + seq + " in " + id);
            }
            return this;
        }

        Chat callback(long seconds, boolean done) {
            long callbackId = store.addCallback(id, "Ann", "+1 555 0100", null, after(seconds)).id();
            if (done) {
                store.markCallbackDone(callbackId, "Lee", after(600));
            }
            return this;
        }
    }
}
