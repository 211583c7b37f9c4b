package com.clinicchat.gaps;

import java.time.Instant;
import java.util.List;

/**
 * Similar uncovered questions, most recent first.
 *
 * @param example   the most recent question of the group
 * @param count     how many questions the group holds
 * @param lastAsked when the most recent was asked
 * @param questions up to a few of its questions, most recent first
 */
public record GapGroup(String example, int count, Instant lastAsked, List<KnowledgeGap> questions) {
}
