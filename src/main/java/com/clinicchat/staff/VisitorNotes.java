package com.clinicchat.staff;

/** What the visitor is told, as system messages, when staff join, leave or close their chat. */
final class VisitorNotes {

    private VisitorNotes() {
    }

    static String joined(String name) {
        return name + " from the clinic has joined the chat.";
    }

    static String left(String name) {
        return name + " has left the chat. The assistant is back to answer your questions.";
    }

    static String closed(String name) {
        return name + " has closed the chat. Thank you for writing to us.";
    }
}
