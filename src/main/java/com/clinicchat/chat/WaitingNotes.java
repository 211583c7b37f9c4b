package com.clinicchat.chat;

/**
 * The one true thing a visitor handed to staff is told, as a system note: someone will reply here, or nobody is on
 * duty now and a call back is the way. (The assistant's own reply promises neither.)
 */
final class WaitingNotes {

    static final String ASKED = "You asked to talk to a person.";
    static final String ON_DUTY = "Someone from the clinic will reply here shortly.";
    static final String OFF_DUTY = "Nobody from the clinic is on duty right now. Leave your number below and we'll "
            + "call you back.";

    private WaitingNotes() {
    }

    /** After the visitor asked for a person with the button ({@code request_staff}). */
    static String afterRequest(boolean staffOnDuty) {
        return ASKED + " " + afterEscalation(staffOnDuty);
    }

    /** After the assistant handed the chat to staff. */
    static String afterEscalation(boolean staffOnDuty) {
        return staffOnDuty ? ON_DUTY : OFF_DUTY;
    }
}
