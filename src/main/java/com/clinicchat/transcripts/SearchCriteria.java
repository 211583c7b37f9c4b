package com.clinicchat.transcripts;

import com.clinicchat.triage.Route;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff look for in past conversations. Every part is optional; parts given must all match.
 *
 * @param words      each must appear (case-insensitive) in some visitor, bot or staff message of the conversation
 * @param from       started on or after this day (in the clinic's time zone)
 * @param to         started on or before this day
 * @param route      some message got this triage route
 * @param outcome    the outcome staff noted on closing contains this
 * @param staff      this staff member (display name) took part: claimed, handed back or closed it
 * @param escalated  it went to staff at some point
 * @param emergency  it was urgent (an emergency)
 * @param ratedBadly the visitor rated it 1 or 2, or gave one of the assistant's answers a thumbs down
 */
public record SearchCriteria(List<String> words, LocalDate from, LocalDate to, Route route, String outcome,
                             String staff, boolean escalated, boolean emergency, boolean ratedBadly, int limit,
                             int offset) {

    public static final int MAX_LIMIT = 200;

    public SearchCriteria {
        words = List.copyOf(words);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ".");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' is before 'from'.");
        }
    }
}
