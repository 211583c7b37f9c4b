package com.clinicchat.staff;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open console sockets ({@code /ws/staff}), by socket id; on one node, also the roster of who is on. */
@Component
class StaffConnections implements StaffRoster {

    private final Map<String, StaffSocket> sockets = new ConcurrentHashMap<>();

    void add(StaffSocket socket) {
        sockets.put(socket.id(), socket);
    }

    StaffSocket remove(String socketId) {
        return sockets.remove(socketId);
    }

    StaffSocket get(String socketId) {
        return sockets.get(socketId);
    }

    Collection<StaffSocket> all() {
        return sockets.values();
    }

    /** Display names of the staff with a console open, each once, sorted. */
    @Override
    public List<String> displayNames() {
        return sockets.values().stream().map(s -> s.account().displayName()).distinct().sorted().toList();
    }
}
