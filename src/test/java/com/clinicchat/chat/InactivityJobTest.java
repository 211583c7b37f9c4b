package com.clinicchat.chat;

import com.clinicchat.conversation.AccessTokens;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.NewMessage;
import com.clinicchat.conversation.StoreFixture;
import com.clinicchat.triage.EscalationReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations nobody has written in for the inactivity period are closed, in any state (so that retention then
 * applies); recent ones, and ones with a recent message, stay as they are.
 */
class InactivityJobTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final StoreFixture fixture = StoreFixture.h2();
    private final ConversationStore store = fixture.store;
    private final List<Object> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Conversations conversations = new Conversations(store, new AccessTokens(), events::add, clock,
            () -> { });

    @AfterEach
    void drop() {
        fixture.close();
    }

    private String conversation(Duration createdAgo, Duration lastMessageAgo) {
        String id = UUID.randomUUID().toString();
        store.create(id, AccessTokens.hash(id), "visitor", NOW.minus(createdAgo));
        store.append(id, NewMessage.fromVisitor("m-1", "hello"), NOW.minus(lastMessageAgo));
        return id;
    }

    @Test
    void conversationsSilentForTheInactivityPeriodAreClosedInAnyState() {
        String idleBot = conversation(Duration.ofDays(3), Duration.ofDays(3));
        String idleWaiting = conversation(Duration.ofDays(3), Duration.ofDays(3));
        store.escalate(idleWaiting, EscalationReason.ASKED_FOR_PERSON, false, "visitor", NOW.minus(Duration.ofDays(2)));
        String idleWithStaff = conversation(Duration.ofDays(3), Duration.ofDays(3));
        store.escalate(idleWithStaff, EscalationReason.ASKED_FOR_PERSON, false, "visitor",
                NOW.minus(Duration.ofDays(3)));
        store.claim(idleWithStaff, "Dana", NOW.minus(Duration.ofDays(2)));
        String oldButTalking = conversation(Duration.ofDays(3), Duration.ofHours(2));
        String recent = conversation(Duration.ofHours(3), Duration.ofHours(3));

        InactivityJob job = new InactivityJob(store, conversations,
                TestProperties.chat(Map.of("clinicchat.chat.inactivity-close", "P1D")), clock);
        assertThat(job.closeInactive()).isEqualTo(3);

        for (String id : List.of(idleBot, idleWaiting, idleWithStaff)) {
            assertThat(store.find(id).orElseThrow().state()).isEqualTo(ConversationState.CLOSED);
            assertThat(store.find(id).orElseThrow().closedAt()).isEqualTo(NOW);
            assertThat(store.transitions(id).getLast().actor()).isEqualTo("system");
            assertThat(store.messagesAfter(id, 0).getLast().text()).contains("closed");
        }
        assertThat(store.find(oldButTalking).orElseThrow().state()).isEqualTo(ConversationState.BOT);
        assertThat(store.find(recent).orElseThrow().state()).isEqualTo(ConversationState.BOT);
        assertThat(events).filteredOn(ConversationEvent.StateChanged.class::isInstance).hasSize(3);
        assertThat(job.closeInactive()).as("nothing left to close").isZero();
    }
}
