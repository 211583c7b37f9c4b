package com.clinicchat.conversation;

import com.clinicchat.answering.Citation;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link ConversationStore} must do on every database it runs on; subclasses pick the database. */
abstract class ConversationStoreContract {

    /** Microsecond precision: what both databases keep of an instant. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    abstract StoreFixture fixture();

    private ConversationStore store() {
        return fixture().store;
    }

    private String newConversation() {
        String id = UUID.randomUUID().toString();
        store().create(id, AccessTokens.hash("token-" + id), "visitor", T0);
        return id;
    }

    private StoredMessage append(String id, NewMessage message) {
        return store().append(id, message, T0).message();
    }

    @Test
    void aNewConversationIsWithTheBotAndKeepsOnlyTheTokensHash() {
        String id = UUID.randomUUID().toString();
        Conversation created = store().create(id, AccessTokens.hash("secret-token"), "visitor", T0);

        assertThat(created.state()).isEqualTo(ConversationState.BOT);
        assertThat(created.urgent()).isFalse();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.closedAt()).isNull();
        assertThat(store().tokenHash(id)).contains(AccessTokens.hash("secret-token"));
        assertThat(AccessTokens.matches("secret-token", store().tokenHash(id).orElseThrow())).isTrue();
        assertThat(fixture().jdbc.sql("SELECT COUNT(*) FROM conversations WHERE token_hash LIKE '%secret-token%'")
                .query(Long.class).single()).isZero();
        assertThat(store().transitions(id)).containsExactly(
                new StateTransition(null, ConversationState.BOT, "visitor", T0));
        assertThat(store().find("no-such-id")).isEmpty();
    }

    @Test
    void messagesAreNumberedInOrderAndReadBackWhole() {
        String id = newConversation();
        List<Citation> citations = List.of(new Citation("Magnesium IV Benefits", "Managing Blood Pressure",
                "/blog/magnesium-iv-benefits#managing-blood-pressure"));
        append(id, NewMessage.fromVisitor("m-1", "How does magnesium help blood pressure?"));
        append(id, new NewMessage(null, Author.BOT, null, "It relaxes blood vessels.", Route.ANSWER, citations,
                false));
        append(id, NewMessage.fromStaff("Dana", "Hello, I'm Dana."));
        store().setRoute(id, 1, Route.ANSWER);

        List<StoredMessage> all = store().messagesAfter(id, 0);
        assertThat(all).extracting(StoredMessage::seq).containsExactly(1L, 2L, 3L);
        assertThat(all.get(0)).isEqualTo(new StoredMessage(id, 1, "m-1", Author.VISITOR, null,
                "How does magnesium help blood pressure?", Route.ANSWER, List.of(), false, T0));
        assertThat(all.get(1).citations()).isEqualTo(citations);
        assertThat(all.get(1).route()).isEqualTo(Route.ANSWER);
        assertThat(all.get(2).authorName()).isEqualTo("Dana");
        assertThat(store().messagesAfter(id, 1)).extracting(StoredMessage::seq).containsExactly(2L, 3L);
        assertThat(store().messagesBefore(id, 3, 10)).extracting(StoredMessage::seq).containsExactly(1L, 2L);
        assertThat(store().messagesBefore(id, 3, 1)).extracting(StoredMessage::seq).containsExactly(2L);
    }

    @Test
    void aReplyNotesTheQuestionsRouteInTheSameTransaction() {
        String id = newConversation();
        append(id, NewMessage.fromVisitor("m-1", "Does magnesium help with stress?"));
        StoredMessage reply = store().appendReply(id, 1, new NewMessage(null, Author.BOT, null, "It can.",
                Route.ANSWER, List.of(), false), T0).message();

        assertThat(reply.seq()).isEqualTo(2);
        assertThat(store().messagesAfter(id, 0)).extracting(StoredMessage::route)
                .containsExactly(Route.ANSWER, Route.ANSWER);

        // closed meanwhile: neither the reply nor the question's route is stored
        String closed = newConversation();
        append(closed, NewMessage.fromVisitor("m-1", "Hello?"));
        assertThat(store().endByVisitor(closed, ConversationState.BOT, T0)).isTrue();
        assertThatThrownBy(() -> store().appendReply(closed, 1, new NewMessage(null, Author.BOT, null, "Hi.",
                Route.SMALLTALK, List.of(), false), T0)).isInstanceOf(ConversationClosedException.class);
        assertThat(store().messagesAfter(closed, 0)).singleElement()
                .satisfies(question -> assertThat(question.route()).isNull());
    }

    @Test
    void aResendWithTheSameClientMessageIdIsNotStoredAgain() {
        String id = newConversation();
        String other = newConversation();
        ConversationStore.Appended first = store().append(id, NewMessage.fromVisitor("m-1", "first text"), T0);
        ConversationStore.Appended again = store().append(id, NewMessage.fromVisitor("m-1", "resent text"),
                T0.plusSeconds(5));
        ConversationStore.Appended elsewhere = store().append(other, NewMessage.fromVisitor("m-1", "other"), T0);

        assertThat(first.stored()).isTrue();
        assertThat(again.stored()).isFalse();
        assertThat(again.message()).isEqualTo(first.message());
        assertThat(elsewhere.stored()).isTrue();
        assertThat(store().messagesAfter(id, 0)).hasSize(1);
        assertThat(visitorMessagesCounted(id)).as("a resend counts once for the insights").isEqualTo(1);
    }

    private int visitorMessagesCounted(String id) {
        return fixture().jdbc.sql("SELECT visitor_messages FROM conversations WHERE id = ?").param(id)
                .query(Integer.class).single();
    }

    @Test
    void concurrentAppendsGetGaplessDistinctNumbers() throws Exception {
        String id = newConversation();
        int threads = 8;
        int each = 10;
        List<Callable<Void>> writers = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                for (int i = 0; i < each; i++) {
                    append(id, NewMessage.fromVisitor("t" + thread + "-" + i, "message " + i));
                }
                return null;
            });
        }
        runAll(writers);

        List<StoredMessage> all = store().messagesAfter(id, 0);
        assertThat(all).extracting(StoredMessage::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(all).extracting(StoredMessage::clientMessageId).doesNotHaveDuplicates();
    }

    @Test
    void concurrentResendsOfOneMessageStoreItOnce() throws Exception {
        String id = newConversation();
        CyclicBarrier together = new CyclicBarrier(6);
        List<Callable<Boolean>> senders = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            senders.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                return store().append(id, NewMessage.fromVisitor("same", "hello"), T0).stored();
            });
        }
        assertThat(runAll(senders)).containsOnlyOnce(true);
        assertThat(store().messagesAfter(id, 0)).hasSize(1);
    }

    @Test
    void stateChangesAreConditionalAndRecorded() {
        String id = newConversation();
        Instant t1 = T0.plusSeconds(1);

        assertThat(store().claim(id, "Dana", t1)).as("only waiting conversations can be claimed").isFalse();
        assertThat(store().escalate(id, EscalationReason.EMERGENCY, true, "bot", t1)).isTrue();
        assertThat(store().escalate(id, EscalationReason.ASKED_FOR_PERSON, false, "visitor", t1)).isFalse();
        Conversation waiting = store().find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(ConversationState.WAITING);
        assertThat(waiting.urgent()).isTrue();
        assertThat(waiting.escalationReason()).isEqualTo(EscalationReason.EMERGENCY);
        assertThat(waiting.updatedAt()).isEqualTo(t1);

        assertThat(store().claim(id, "Dana", t1)).isTrue();
        assertThat(store().claim(id, "Lee", t1)).isFalse();
        assertThat(store().find(id).orElseThrow().staffName()).isEqualTo("Dana");
        assertThat(store().handBack(id, "Lee", t1)).as("only the holder hands back").isFalse();
        assertThat(store().close(id, ConversationState.STAFF, "Lee", "done", t1)).as("only the holder closes")
                .isFalse();
        assertThat(store().handBack(id, "Dana", t1)).isTrue();
        assertThat(store().find(id).orElseThrow().staffName()).isNull();
        assertThat(store().escalate(id, EscalationReason.ASKED_FOR_PERSON, false, "visitor", t1)).isTrue();
        assertThat(store().find(id).orElseThrow().urgent()).as("an emergency keeps counting").isTrue();
        assertThat(store().find(id).orElseThrow().escalationReason())
                .isEqualTo(EscalationReason.ASKED_FOR_PERSON);
        assertThat(store().close(id, ConversationState.BOT, "Dana", "done", t1)).as("it is waiting").isFalse();
        assertThat(store().close(id, ConversationState.WAITING, "Dana", "answered", t1.plusSeconds(1))).isTrue();

        Conversation closed = store().find(id).orElseThrow();
        assertThat(closed.state()).isEqualTo(ConversationState.CLOSED);
        assertThat(closed.outcome()).isEqualTo("answered");
        assertThat(closed.closedAt()).isEqualTo(t1.plusSeconds(1));
        assertThat(store().transitions(id)).extracting(StateTransition::from, StateTransition::to,
                        StateTransition::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ConversationState.BOT, "visitor"),
                        org.assertj.core.groups.Tuple.tuple(ConversationState.BOT, ConversationState.WAITING, "bot"),
                        org.assertj.core.groups.Tuple.tuple(ConversationState.WAITING, ConversationState.STAFF, "Dana"),
                        org.assertj.core.groups.Tuple.tuple(ConversationState.STAFF, ConversationState.BOT, "Dana"),
                        org.assertj.core.groups.Tuple.tuple(ConversationState.BOT, ConversationState.WAITING, "visitor"),
                        org.assertj.core.groups.Tuple.tuple(ConversationState.WAITING, ConversationState.CLOSED,
                                "Dana"));
    }

    @Test
    void ofTwoSimultaneousClaimsExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = newConversation();
            store().escalate(id, EscalationReason.MEDICAL_QUESTION, false, "bot", T0);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Boolean>> claims = List.of("Dana", "Lee").stream().<Callable<Boolean>>map(name -> () -> {
                together.await(10, TimeUnit.SECONDS);
                return store().claim(id, name, T0);
            }).toList();

            List<Boolean> results = runAll(claims);
            assertThat(results).containsExactlyInAnyOrder(true, false);
            String winner = results.get(0) ? "Dana" : "Lee";
            assertThat(store().find(id).orElseThrow().staffName()).isEqualTo(winner);
            assertThat(store().transitions(id)).filteredOn(t -> t.to() == ConversationState.STAFF).hasSize(1);
        }
    }

    @Test
    void aClosedConversationTakesNoNewMessagesButAnswersResends() {
        String id = newConversation();
        StoredMessage first = append(id, NewMessage.fromVisitor("m-1", "hello"));
        store().close(id, ConversationState.BOT, "Dana", null, T0);

        assertThatThrownBy(() -> append(id, NewMessage.fromVisitor("m-2", "anyone?")))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(store().append(id, NewMessage.fromVisitor("m-1", "hello"), T0).message()).isEqualTo(first);
        assertThatThrownBy(() -> append("no-such-id", NewMessage.fromVisitor("m-1", "hi")))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(visitorMessagesCounted(id)).as("neither the refused message nor the resend counts").isEqualTo(1);
    }

    @Test
    void waitingConversationsListUrgentFirstThenLongestWaiting() {
        String older = newConversation();
        String newer = newConversation();
        String urgent = newConversation();
        store().escalate(older, EscalationReason.MEDICAL_QUESTION, false, "bot", T0.plusSeconds(1));
        store().escalate(newer, EscalationReason.ASKED_FOR_PERSON, false, "visitor", T0.plusSeconds(2));
        store().escalate(urgent, EscalationReason.EMERGENCY, true, "bot", T0.plusSeconds(3));

        assertThat(store().inState(ConversationState.WAITING, 100)).extracting(Conversation::id)
                .containsSubsequence(urgent, older, newer);
    }

    @Test
    void callbackRequestsAreStoredWithTheirConversation() {
        String id = newConversation();
        CallbackRequest request = store().addCallback(id, "Ann", "+1 555 0100", "mornings", T0);

        assertThat(request.id()).isPositive();
        assertThat(store().callbacks(id)).containsExactly(request);
    }

    @Test
    void onlyConversationsClosedBeforeTheCutoffAreDeletedWithEverythingOfTheirs() {
        Instant now = T0;
        String oldClosed = newConversation();
        String recentClosed = newConversation();
        String oldOpen = newConversation();
        for (String id : List.of(oldClosed, recentClosed, oldOpen)) {
            append(id, NewMessage.fromVisitor("m-1", "hello"));
        }
        store().addCallback(oldClosed, "Ann", "ann@example.com", null, now);
        store().close(oldClosed, ConversationState.BOT, "Dana", null, now.minus(Duration.ofDays(100)));
        store().close(recentClosed, ConversationState.BOT, "Dana", null, now.minus(Duration.ofDays(10)));

        int deleted = store().deleteClosedBefore(now.minus(Duration.ofDays(90)));

        assertThat(deleted).isEqualTo(1);
        assertThat(store().find(oldClosed)).isEmpty();
        assertThat(store().find(recentClosed)).isPresent();
        assertThat(store().find(oldOpen)).isPresent();
        assertThat(store().messagesAfter(oldClosed, 0)).isEmpty();
        assertThat(store().transitions(oldClosed)).isEmpty();
        assertThat(store().callbacks(oldClosed)).isEmpty();
        assertThat(store().messagesAfter(recentClosed, 0)).hasSize(1);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<T>> futures = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
    @Test
    void theConsoleQueriesListBotOnlyChatsOpenCallBacksAndWhatAChatWasEscalatedOn() {
        String botOnly = newConversation();
        store().append(botOnly, NewMessage.fromVisitor("b-1", "Is a magnesium drip safe?"), T0.plusSeconds(5));
        String silent = newConversation(); // no message: not worth listing
        String escalated = newConversation();
        store().append(escalated, NewMessage.fromVisitor("e-1", "Can I have it while pregnant?"), T0.plusSeconds(1));
        store().escalate(escalated, EscalationReason.MEDICAL_QUESTION, false, "bot", T0.plusSeconds(2));
        store().append(escalated, NewMessage.fromVisitor("e-2", "Hello?"), T0.plusSeconds(3));

        assertThat(store().recentBotOnly(100)).extracting(Conversation::id).contains(botOnly)
                .doesNotContain(silent, escalated);
        assertThat(store().lastVisitorMessage(escalated, T0.plusSeconds(2)).orElseThrow().text())
                .isEqualTo("Can I have it while pregnant?");
        assertThat(store().lastMessageAt(escalated)).contains(T0.plusSeconds(3));
        assertThat(store().lastMessageAt(silent)).isEmpty();

        CallbackRequest first = store().addCallback(escalated, "Ann", "+1 555 010 0100", null, T0);
        CallbackRequest second = store().addCallback(botOnly, "Bo", "bo@example.org", "mornings", T0.plusSeconds(1));
        assertThat(store().openCallbacks(100)).extracting(CallbackRequest::id).containsSubsequence(first.id(),
                second.id());
        assertThat(store().markCallbackDone(first.id(), "Dana", T0.plusSeconds(9))).isTrue();
        assertThat(store().markCallbackDone(first.id(), "Lee", T0.plusSeconds(10))).as("once only").isFalse();
        assertThat(store().openCallbacks(100)).extracting(CallbackRequest::id).doesNotContain(first.id())
                .contains(second.id());
    }

    @Test
    void aClosedConversationTakesASystemNoteButNothingElse() {
        String id = newConversation();
        store().close(id, ConversationState.BOT, "Dana", null, T0);

        assertThat(store().append(id, NewMessage.fromSystem("Dana has closed the chat."), T0).stored()).isTrue();
        assertThatThrownBy(() -> store().append(id, NewMessage.fromStaff("Dana", "One more thing"), T0))
                .isInstanceOf(ConversationClosedException.class);
    }
}
