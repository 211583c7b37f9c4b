package com.clinicchat.cluster;

/** An account was disabled on another node: its consoles on this node are closed too. */
public record RemoteAccountDisabled(String username) {
}
