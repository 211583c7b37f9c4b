package com.clinicchat.chat;

import com.clinicchat.conversation.AccessTokens;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.NewMessage;
import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention job deletes closed conversations past the retention period, and nothing else. */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final StoreFixture fixture = StoreFixture.h2();
    private final ConversationStore store = fixture.store;

    @AfterEach
    void drop() {
        fixture.close();
    }

    private String conversation(Duration age, Duration closedAgo) {
        String id = UUID.randomUUID().toString();
        store.create(id, AccessTokens.hash(id), "visitor", NOW.minus(age));
        store.append(id, NewMessage.fromVisitor("m-1", "hello"), NOW.minus(age));
        if (closedAgo != null) {
            store.close(id, ConversationState.BOT, "Dana", null, NOW.minus(closedAgo));
        }
        return id;
    }

    private RetentionJob job(Map<String, String> properties) {
        return new RetentionJob(store, TestProperties.chat(properties), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void closedConversationsOlderThanNinetyDaysGoByDefault() {
        String oldClosed = conversation(Duration.ofDays(120), Duration.ofDays(91));
        String recentlyClosed = conversation(Duration.ofDays(120), Duration.ofDays(89));
        String oldButOpen = conversation(Duration.ofDays(400), null);

        assertThat(job(Map.of()).deleteExpired()).isEqualTo(1);

        assertThat(store.find(oldClosed)).isEmpty();
        assertThat(store.messagesAfter(oldClosed, 0)).isEmpty();
        assertThat(store.find(recentlyClosed)).isPresent();
        assertThat(store.find(oldButOpen)).isPresent();
        assertThat(store.messagesAfter(oldButOpen, 0)).hasSize(1);
    }

    @Test
    void theRetentionPeriodIsConfigurable() {
        String closedTenDaysAgo = conversation(Duration.ofDays(20), Duration.ofDays(10));
        String closedYesterday = conversation(Duration.ofDays(20), Duration.ofDays(1));

        assertThat(job(Map.of("clinicchat.chat.retention", "7d")).deleteExpired()).isEqualTo(1);

        assertThat(store.find(closedTenDaysAgo)).isEmpty();
        assertThat(store.find(closedYesterday)).isPresent();
    }
}
