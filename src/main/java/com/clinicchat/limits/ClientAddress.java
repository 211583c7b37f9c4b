package com.clinicchat.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client's address is counted under. An IPv4 address is itself; an IPv6 address counts by its /64
 * prefix, since one household or phone gets a whole /64 and could otherwise take a new address for every request.
 * The address is the one the servlet container reports, which behind trusted proxies is the visitor's own (see
 * {@code server.forward-headers-strategy}).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) { // not a literal: count it as it is
            return address;
        }
    }
}
