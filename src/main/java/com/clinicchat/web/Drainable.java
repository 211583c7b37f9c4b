package com.clinicchat.web;

import org.springframework.web.socket.CloseStatus;

/** Sockets of one kind that a node closes when it drains on shutdown ({@link SocketDrain}). */
public interface Drainable {

    /** Work the sockets are still owed (a reply being written): the drain waits for it, up to a limit. */
    default boolean busy() {
        return false;
    }

    void closeAll(CloseStatus status);
}
