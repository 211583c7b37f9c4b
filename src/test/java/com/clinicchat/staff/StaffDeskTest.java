package com.clinicchat.staff;

import com.clinicchat.conversation.AccessTokens;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.StoreFixture;
import com.clinicchat.triage.EscalationReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The staff side's rules, over the real store and service (events collected instead of pushed). */
class StaffDeskTest {

    private final StoreFixture fixture = StoreFixture.h2();
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final Conversations conversations = new Conversations(fixture.store, new AccessTokens(), events::add,
            Clock.systemUTC(), () -> { });
    private final StaffDesk desk = new StaffDesk(conversations, fixture.store, events::add, Clock.systemUTC());

    @AfterEach
    void drop() {
        fixture.close();
    }

    private String waitingConversation() {
        String id = conversations.start().conversation().id();
        conversations.escalate(id, EscalationReason.MEDICAL_QUESTION, false, "bot");
        return id;
    }

    /** Claims by two staff members released together; returns the winner's name, or fails. */
    private String race(String id) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> claims = List.of("Dana", "Lee").stream().<Callable<String>>map(name -> () -> {
            together.await(10, TimeUnit.SECONDS);
            try {
                desk.claim(id, name);
                return name;
            } catch (ConversationTakenException e) {
                return "lost: " + e.getMessage();
            }
        }).toList();
        List<String> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<String> result : pool.invokeAll(claims, 30, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
        }
        List<String> winners = results.stream().filter(r -> !r.startsWith("lost")).toList();
        assertThat(winners).as("results %s", results).hasSize(1);
        assertThat(results).contains("lost: Conversation " + id + " is already taken by " + winners.getFirst() + ".");
        return winners.getFirst();
    }

    @Test
    void ofTwoStaffClaimingAtOnceExactlyOneWinsAndTheOtherIsToldWho() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = waitingConversation();
            String winner = race(id);

            assertThat(fixture.store.find(id).orElseThrow().staffName()).isEqualTo(winner);
            assertThat(events).filteredOn(ConversationEvent.StateChanged.class::isInstance)
                    .map(ConversationEvent.StateChanged.class::cast)
                    .filteredOn(e -> e.conversationId().equals(id)
                            && e.conversation().state() == ConversationState.STAFF)
                    .hasSize(1);
        }
    }

    @Test
    void onlyTheHolderRepliesHandsBackOrCloses() {
        String id = waitingConversation();
        assertThatThrownBy(() -> desk.reply(id, "Dana", "Hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Claim conversation");
        desk.claim(id, "Dana");

        assertThatThrownBy(() -> desk.reply(id, "Lee", "Hello")).isInstanceOf(ConversationTakenException.class);
        assertThatThrownBy(() -> desk.handBack(id, "Lee")).isInstanceOf(ConversationTakenException.class);
        assertThatThrownBy(() -> desk.close(id, "Lee", null)).isInstanceOf(ConversationTakenException.class);
        assertThatThrownBy(() -> desk.reply(id, "Dana", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.reply(id, "Dana", "x".repeat(2001))).isInstanceOf(IllegalArgumentException.class);

        assertThat(desk.reply(id, "Dana", "Hello, I'm Dana.").authorName()).isEqualTo("Dana");
        desk.close(id, "Dana", "answered by phone");
        assertThat(desk.list(StaffDesk.View.RECENT)).extracting(c -> c.id()).containsExactly(id);
        assertThatThrownBy(() -> desk.close(id, "Dana", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already closed");
    }

    @Test
    void aConversationWithTheBotCannotBeClaimed() {
        String id = conversations.start().conversation().id();

        assertThatThrownBy(() -> desk.claim(id, "Dana")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting");
        assertThat(desk.list(StaffDesk.View.WAITING)).isEmpty();
    }
}
