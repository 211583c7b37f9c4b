package com.clinicchat.answering;

import java.util.List;

/** The text of an answer and the sources it was drawn from. */
public record GeneratedAnswer(String text, List<Citation> citations) {

    public GeneratedAnswer {
        citations = List.copyOf(citations);
    }
}
