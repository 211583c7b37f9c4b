package com.clinicchat.gaps;

import java.time.Instant;
import java.util.List;

/**
 * Open questions the articles did not cover, alike in meaning.
 *
 * @param example   the group's most asked wording (the most recent of equals)
 * @param count     how many questions the group holds
 * @param lastAsked when the most recent was asked
 * @param questions its different wordings, the example first, then most recent first (up to a few)
 * @param ids       every question in the group, to mark them answered or dismissed together
 */
public record GapGroup(String example, int count, Instant lastAsked, List<KnowledgeGap> questions, List<Long> ids) {

    public GapGroup {
        questions = List.copyOf(questions);
        ids = List.copyOf(ids);
    }
}
