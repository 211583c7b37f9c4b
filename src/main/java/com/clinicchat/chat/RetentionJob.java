package com.clinicchat.chat;

import com.clinicchat.conversation.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes conversations closed longer ago than {@code clinicchat.chat.retention} (default 90 days), with their
 * messages, transitions and call-back requests: chats may hold health information and are not kept for ever.
 * Conversations that were never closed are kept.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ConversationStore store;
    private final ChatProperties properties;
    private final Clock clock;

    RetentionJob(ConversationStore store, ChatProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${clinicchat.chat.retention-check-delay:PT1M}",
            fixedDelayString = "${clinicchat.chat.retention-check-interval:PT1H}")
    int deleteExpired() {
        Instant before = clock.instant().minus(properties.retention());
        int deleted = store.deleteClosedBefore(before);
        if (deleted > 0) {
            log.info("Deleted {} conversation(s) closed before {}", deleted, before);
        }
        return deleted;
    }
}
