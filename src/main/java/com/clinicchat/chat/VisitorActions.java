package com.clinicchat.chat;

import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.CallbackRequest;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationClosedException;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.Rating;
import com.clinicchat.staff.StaffPresence;
import com.clinicchat.triage.EscalationReason;
import org.springframework.stereotype.Component;

/** What each visitor frame does, once it has been decoded and let through the rate limits. */
@Component
class VisitorActions {

    private final Conversations conversations;
    private final ChatSessions sessions;
    private final BotReplies bot;
    private final ChatProperties properties;
    private final StaffPresence presence;

    VisitorActions(Conversations conversations, ChatSessions sessions, BotReplies bot, ChatProperties properties,
                   StaffPresence presence) {
        this.conversations = conversations;
        this.sessions = sessions;
        this.bot = bot;
        this.properties = properties;
        this.presence = presence;
    }

    void handle(ChatSession session, ClientFrame frame) {
        switch (frame) {
            case ClientFrame.Start start -> {
                Conversations.Started started = conversations.start();
                sessions.show(session, started.conversation(), started.token(), 0);
            }
            case ClientFrame.Resume resume -> {
                // an unknown id and a wrong token get the same answer: the socket must not confirm that an id exists
                Conversation conversation = conversations.open(resume.conversationId(), resume.token())
                        .orElseThrow(() -> new FrameException("unknown_conversation",
                                "No conversation with this id and token."));
                sessions.show(session, conversation, resume.token(), resume.afterSeq());
            }
            case ClientFrame.Message message -> message(session, message);
            case ClientFrame.RequestStaff request -> requestStaff(session);
            case ClientFrame.Typing typing -> {
                String id = started(session, null);
                if (session.typingDue(properties.typingInterval())) {
                    conversations.typing(id, Author.VISITOR, null);
                }
            }
            case ClientFrame.Callback callback -> {
                CallbackRequest request = conversations.requestCallback(started(session, null), callback.name(),
                        callback.contact(), callback.note());
                sessions.send(session, new ServerFrame.CallbackReceived(request.id()));
            }
            case ClientFrame.End end -> {
                String id = started(session, null);
                if (!conversations.endByVisitor(id)) {
                    sessions.send(session, sessions.stateFrame(conversations.find(id).orElseThrow()));
                }
            }
            case ClientFrame.Rate rate -> {
                try {
                    Rating rating = conversations.rate(started(session, null), rate.score(), rate.comment());
                    sessions.send(session, new ServerFrame.Rated(rating.score(), rating.comment()));
                } catch (IllegalStateException e) {
                    throw new FrameException("not_closed", "Only a finished chat can be rated.");
                }
            }
            case ClientFrame.Feedback feedback -> {
                if (!conversations.giveFeedback(started(session, null), feedback.seq(), feedback.value())) {
                    throw new FrameException("unknown_message", "Message " + feedback.seq()
                            + " is not one of the assistant's messages in this chat.");
                }
                sessions.send(session, new ServerFrame.FeedbackReceived(feedback.seq(), feedback.value().wireName()));
            }
        }
    }

    /**
     * Stored before it is acknowledged: the echo (with its {@code seq}) reaches this socket, and any other showing
     * the conversation, through the stored-message event. A resend is answered with the same echo, to this socket.
     */
    private void message(ChatSession session, ClientFrame.Message message) {
        String id = started(session, message.clientMessageId());
        ConversationStore.Appended appended;
        try {
            appended = conversations.postVisitorMessage(id, message.clientMessageId(), message.text());
        } catch (ConversationClosedException e) {
            throw new FrameException("conversation_closed", "This conversation is closed; start a new one.",
                    message.clientMessageId());
        }
        if (!appended.stored()) {
            sessions.send(session, ServerFrame.Message.of(appended.message(), null));
        } else if (appended.stateOnArrival() == ConversationState.BOT) {
            bot.replyTo(appended.message());
        } else {
            bot.watchForEmergency(appended.message());
        }
    }

    private void requestStaff(ChatSession session) {
        String id = started(session, null);
        if (conversations.escalate(id, EscalationReason.ASKED_FOR_PERSON, false, "visitor")) {
            // the state event tells every socket; the note says so in the chat, and what happens next
            conversations.postSystemMessage(id, WaitingNotes.afterRequest(presence.anyoneOnDuty()));
            return;
        }
        Conversation now = conversations.find(id).orElseThrow();
        if (now.state() == ConversationState.CLOSED) {
            throw new FrameException("conversation_closed", "This conversation is closed; start a new one.");
        }
        sessions.send(session, sessions.stateFrame(now)); // already with staff, or waiting: say so again
    }

    private static String started(ChatSession session, String clientMessageId) {
        String id = session.conversationId();
        if (id == null) {
            throw new FrameException("not_started", "Send {\"type\": \"start\"} or a resume first.", clientMessageId);
        }
        return id;
    }
}
