package com.clinicchat.load;

import java.time.Duration;

/** Settings of the load simulations, from system properties (-Dload.x=...), with the defaults documented in docs/benchmarks.md. */
final class Load {

    private Load() {
    }

    /** ws://host:port of the packaged jar under test; only a loopback address is meant. */
    static String baseUrl() {
        return System.getProperty("load.baseUrl", "ws://127.0.0.1:8080");
    }

    static String httpUrl() {
        return baseUrl().replaceFirst("^ws", "http");
    }

    static int integer(String name, int fallback) {
        return Integer.getInteger("load." + name, fallback);
    }

    static double decimal(String name, double fallback) {
        String value = System.getProperty("load." + name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    static Duration seconds(String name, double fallback) {
        return Duration.ofMillis(Math.round(decimal(name, fallback) * 1000));
    }
}
