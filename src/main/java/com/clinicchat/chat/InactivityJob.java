package com.clinicchat.chat;

import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Closes conversations nobody has written in for {@code clinicchat.chat.inactivity-close} (default a day), in
 * any state, so that the retention period applies to them too: a chat that was never closed would otherwise be
 * kept for ever. Visitors still showing one are told (a {@code state} frame and a system note).
 */
@Component
class InactivityJob {

    private static final Logger log = LoggerFactory.getLogger(InactivityJob.class);
    private static final int BATCH = 500;

    private final ConversationStore store;
    private final Conversations conversations;
    private final ChatProperties properties;
    private final Clock clock;

    InactivityJob(ConversationStore store, Conversations conversations, ChatProperties properties, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${clinicchat.chat.inactivity-check-delay:PT1M}",
            fixedDelayString = "${clinicchat.chat.inactivity-check-interval:PT10M}")
    int closeInactive() {
        Instant before = clock.instant().minus(properties.inactivityClose());
        int closed = 0;
        int closedInBatch;
        List<Conversation> batch;
        do { // a full batch that closed something may have more behind it
            batch = store.inactiveSince(before, BATCH);
            closedInBatch = 0;
            for (Conversation conversation : batch) {
                try {
                    closedInBatch += conversations.closeInactive(conversation.id(), conversation.state(), before)
                            ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Could not close inactive conversation {}: {}", conversation.id(),
                            e.getClass().getName());
                }
            }
            closed += closedInBatch;
        } while (batch.size() == BATCH && closedInBatch > 0);
        if (closed > 0) {
            log.info("Closed {} conversation(s) inactive since {}", closed, before);
        }
        return closed;
    }
}
