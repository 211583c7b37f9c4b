package com.clinicchat.staff;

import java.util.List;

/**
 * Who has a console open: on this node ({@link StaffConnections}), or on any node of a cluster (the
 * {@code cluster} profile's roster in Redis, which expires a crashed node's entries).
 */
public interface StaffRoster {

    /** Display names, each once, sorted. */
    List<String> displayNames();

    /** This node's consoles changed (one opened or closed). */
    default void consolesChanged() {
    }

    /** The roster changed (on another node, or an entry expired): presence is checked again. */
    record Changed() {
    }
}
