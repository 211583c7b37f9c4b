package com.clinicchat.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Samples of a Prometheus text scrape, looked up by name and (some of) their labels. */
record Scrape(String text) {

    /** The sample's value, summed over every series that has these labels (0 when there is none). */
    double value(String name, String... labelPairs) {
        Map<String, String> wanted = Arrays.stream(labelPairs).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> "\"" + pair[1] + "\""));
        return text.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> wanted.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=" + label.getValue())))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
