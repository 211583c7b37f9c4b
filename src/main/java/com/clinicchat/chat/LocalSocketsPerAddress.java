package com.clinicchat.chat;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One node: its own count ({@link SocketQuota}) is the whole count. */
@Component
@Profile("!cluster")
class LocalSocketsPerAddress implements SocketsPerAddress {

    @Override
    public boolean opening(String address, int cap) {
        return true;
    }

    @Override
    public void closed(String address) {
    }
}
