package com.clinicchat.chat;

import com.clinicchat.cluster.CatchUp;
import com.clinicchat.cluster.RemoteEvent;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.StaffPresence;
import com.clinicchat.staff.StaffPresenceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open visitor sockets, by socket and by conversation, and the bridge from {@link ConversationEvent}s to
 * frames: whatever is stored for a conversation (a visitor message from another tab, a staff reply, a state
 * change) is pushed to every socket showing it.
 */
@Component
class ChatSessions {

    private final Map<String, ChatSession> bySocket = new ConcurrentHashMap<>();
    private final Map<String, Set<ChatSession>> byConversation = new ConcurrentHashMap<>();
    private final Conversations conversations;
    private final StaffPresence presence;
    private final FrameCodec codec;

    ChatSessions(Conversations conversations, StaffPresence presence, FrameCodec codec) {
        this.conversations = conversations;
        this.presence = presence;
        this.codec = codec;
    }

    void opened(ChatSession session) {
        bySocket.put(session.id(), session);
    }

    ChatSession get(String socketId) {
        return bySocket.get(socketId);
    }

    Collection<ChatSession> all() {
        return bySocket.values();
    }

    /** Forgets a closed socket; returns it, or null when it was never opened here (e.g. refused). */
    ChatSession closed(String socketId) {
        ChatSession session = bySocket.remove(socketId);
        if (session != null) {
            leave(session);
        }
        return session;
    }

    /**
     * Shows a conversation on a socket: {@code session}, then every message after {@code afterSeq} in order, then
     * the current {@code state}. The socket joins the conversation before the replay is read and holds its lock
     * while sending it, so a message stored meanwhile is sent exactly once, in order.
     */
    void show(ChatSession session, Conversation conversation, String token, long afterSeq) {
        synchronized (session) {
            leave(session);
            session.showConversation(conversation.id(), afterSeq);
            byConversation.compute(conversation.id(), (id, sessions) -> {
                Set<ChatSession> joined = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
                joined.add(session);
                return joined;
            });
            session.send(codec.encode(ServerFrame.Session.of(conversation, token)));
            for (StoredMessage message : conversations.messagesAfter(conversation.id(), afterSeq)) {
                String json = codec.encode(ServerFrame.Message.of(message, null));
                session.sendMessage(conversation.id(), message.seq(), json);
            }
            Conversation now = conversations.find(conversation.id()).orElse(conversation);
            session.send(codec.encode(stateFrame(now)));
        }
    }

    void send(ChatSession session, ServerFrame frame) {
        session.send(codec.encode(frame));
    }

    /** A frame for every socket showing the conversation. */
    void broadcast(String conversationId, ServerFrame frame) {
        Set<ChatSession> sessions = byConversation.get(conversationId);
        if (sessions != null) {
            String json = codec.encode(frame);
            sessions.forEach(session -> session.sendFor(conversationId, json));
        }
    }

    ServerFrame.State stateFrame(Conversation conversation) {
        return ServerFrame.State.of(conversation, presence.anyoneOnDuty());
    }

    @EventListener
    void on(ConversationEvent event) {
        Set<ChatSession> sessions = byConversation.get(event.conversationId());
        if (sessions == null) {
            return;
        }
        switch (event) {
            case ConversationEvent.MessageAdded added -> {
                String json = codec.encode(ServerFrame.Message.of(added.message(), added.streamId()));
                long seq = added.message().seq();
                sessions.forEach(session -> session.sendMessage(event.conversationId(), seq, json));
            }
            case ConversationEvent.StateChanged changed -> {
                String json = codec.encode(stateFrame(changed.conversation()));
                sessions.forEach(session -> session.sendFor(event.conversationId(), json));
            }
            case ConversationEvent.Typing typing when typing.author() != Author.VISITOR -> {
                String json = codec.encode(new ServerFrame.Typing(typing.author().wireName(), typing.name()));
                sessions.forEach(session -> session.sendFor(event.conversationId(), json));
            }
            // the visitor's own typing and call-back requests are for the staff console
            case ConversationEvent.Typing typing -> { }
            case ConversationEvent.CallbackRequested requested -> { }
            // answered to the visitor's socket that gave them (rated, feedback_received)
            case ConversationEvent.Rated rated -> { }
            case ConversationEvent.FeedbackGiven feedback -> { }
        }
    }

    /**
     * An event on another node of a cluster. A message is not sent as it came: each socket showing the conversation
     * is sent what it has not been sent yet, read from the database in {@code seq} order, so that a relayed
     * message missed earlier arrives now, and before the later one.
     */
    @EventListener
    void on(RemoteEvent remote) {
        if (remote.event() instanceof ConversationEvent.MessageAdded added) {
            catchUp(added.conversationId(), added);
        } else {
            on(remote.event());
        }
    }

    /** A bot reply streamed on another node, for a tab of the same visitor on this one. */
    @EventListener
    void on(BotDelta delta) {
        if (delta.relayed()) {
            broadcast(delta.conversationId(), new ServerFrame.Delta(delta.streamId(), delta.text()));
        }
    }

    /** Relayed events may have been missed: every open chat is sent the messages it lacks, and its state. */
    @EventListener
    void on(CatchUp catchUp) {
        for (String id : byConversation.keySet()) {
            catchUp(id, null);
            conversations.find(id).ifPresent(conversation -> broadcast(id, stateFrame(conversation)));
        }
    }

    /** {@code relayed}, when not null, gives its message the stream id its deltas were sent with. */
    private void catchUp(String conversationId, ConversationEvent.MessageAdded relayed) {
        Set<ChatSession> sessions = byConversation.get(conversationId);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        long from = sessions.stream().mapToLong(ChatSession::sentThrough).min().orElse(0);
        // up to the relayed message only: a later one may still have deltas queued behind this event, and arrives
        // with its own event, after them, with its stream id (so another tab does not show a reply twice)
        long through = relayed == null ? Long.MAX_VALUE : relayed.message().seq();
        List<StoredMessage> missing = conversations.messagesAfter(conversationId, from).stream()
                .filter(message -> message.seq() <= through).toList();
        for (ChatSession session : sessions) {
            synchronized (session) {
                for (StoredMessage message : missing) {
                    String streamId = relayed != null && relayed.message().seq() == message.seq()
                            ? relayed.streamId() : null;
                    session.sendMessage(conversationId, message.seq(),
                            codec.encode(ServerFrame.Message.of(message, streamId)));
                }
            }
        }
    }

    /**
     * Staff came on duty or the last one left: every open chat gets its state again, with the new
     * {@code staffOnDuty} (the widget shows whether the team is online, and offers or hides the call-back form).
     */
    @EventListener
    void on(StaffPresenceChanged changed) {
        for (String id : byConversation.keySet()) {
            conversations.find(id).ifPresent(conversation -> {
                String json = codec.encode(ServerFrame.State.of(conversation, changed.anyoneOnDuty()));
                byConversation.getOrDefault(id, Set.of()).forEach(session -> session.sendFor(id, json));
            });
        }
    }

    private void leave(ChatSession session) {
        String previous = session.conversationId();
        if (previous != null) {
            byConversation.computeIfPresent(previous, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
            session.forgetConversation();
        }
    }
}
