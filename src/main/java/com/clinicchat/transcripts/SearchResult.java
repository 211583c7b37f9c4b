package com.clinicchat.transcripts;

import java.util.List;

/** One page of hits, most recently started first, and how many conversations match in all. */
public record SearchResult(List<SearchHit> hits, int total, int limit, int offset) {
}
