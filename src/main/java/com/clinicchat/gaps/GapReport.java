package com.clinicchat.gaps;

import java.time.Instant;
import java.util.List;

/**
 * The knowledge-gap list for admins.
 *
 * @param groups   open content gaps (route {@code unknown}): on topic, but the articles don't say; largest first
 * @param declined how many messages in the period were declined as off topic or as attempts to change the
 *                 assistant's rules: counted, not listed, because no article should answer them
 * @param since    the start of the period
 */
public record GapReport(List<GapGroup> groups, int declined, Instant since) {

    public GapReport {
        groups = List.copyOf(groups);
    }
}
