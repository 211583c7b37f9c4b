package com.clinicchat.staff;

import com.clinicchat.web.Drainable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/** The console sockets, for a draining node. */
@Component
class ConsoleSocketsDrain implements Drainable {

    private final StaffConnections connections;

    ConsoleSocketsDrain(StaffConnections connections) {
        this.connections = connections;
    }

    @Override
    public void closeAll(CloseStatus status) {
        connections.all().forEach(socket -> socket.close(status));
    }
}
