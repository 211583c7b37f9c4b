package com.clinicchat.chat;

import com.clinicchat.web.Drainable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/** The visitor sockets, for a draining node: closed once the assistant's replies in flight are stored. */
@Component
class VisitorSocketsDrain implements Drainable {

    private final ChatSessions sessions;
    private final BotReplies replies;

    VisitorSocketsDrain(ChatSessions sessions, BotReplies replies) {
        this.sessions = sessions;
        this.replies = replies;
    }

    @Override
    public boolean busy() {
        return replies.busy();
    }

    @Override
    public void closeAll(CloseStatus status) {
        sessions.all().forEach(session -> session.close(status));
    }
}
