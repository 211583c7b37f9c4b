package com.clinicchat.conversation;

import com.clinicchat.answering.Citation;
import com.clinicchat.triage.Route;

import java.util.List;

/** A message about to be stored; the store gives it its {@code seq} and time. */
public record NewMessage(String clientMessageId, Author author, String authorName, String text, Route route,
                         List<Citation> citations, boolean urgent) {

    public NewMessage {
        citations = List.copyOf(citations);
    }

    public static NewMessage fromVisitor(String clientMessageId, String text) {
        return new NewMessage(clientMessageId, Author.VISITOR, null, text, null, List.of(), false);
    }

    /** A note for the visitor from the clinic's side ("Dana from the clinic has joined the chat."). */
    public static NewMessage fromSystem(String text) {
        return new NewMessage(null, Author.SYSTEM, null, text, null, List.of(), false);
    }

    public static NewMessage fromStaff(String staffName, String text) {
        return new NewMessage(null, Author.STAFF, staffName, text, null, List.of(), false);
    }
}
