package com.clinicchat.chat;

/**
 * The visitor sockets an address holds beyond this node. A single node has nothing to add
 * ({@link LocalSocketsPerAddress}); with the {@code cluster} profile the other nodes' sockets from the same address
 * count against the same {@code max-sockets-per-address}. Addresses come as {@code ClientAddress.key}.
 */
public interface SocketsPerAddress {

    /** Counts a socket this node is about to open in; false (and not counted) when the address is at {@code cap}. */
    boolean opening(String address, int cap);

    /** A socket counted in by {@link #opening} has closed. */
    void closed(String address);
}
