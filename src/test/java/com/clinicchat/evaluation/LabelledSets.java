package com.clinicchat.evaluation;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Labelled sets kept in test resources beside the corpus splits. */
public final class LabelledSets {

    private LabelledSets() {
    }

    /** The development set the corpus started from (a copy kept in the repo). */
    public static List<LabelledTurn> devSet() {
        return read("/eval/dev-set.jsonl");
    }

    /** Questions about the two extra test articles in {@code knowledge-extra/}. */
    public static List<LabelledTurn> otherArticles() {
        return read("/eval/other-articles.jsonl");
    }

    private static List<LabelledTurn> read(String resource) {
        try (InputStream in = LabelledSets.class.getResourceAsStream(resource)) {
            return CorpusReader.parseMessages(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
