package com.clinicchat.staff;

/**
 * Whether anyone is on duty to chat, shown to visitors as {@code staffOnDuty} so that the widget can offer the
 * call-back form instead of a wait.
 */
public interface StaffPresence {

    boolean anyoneOnDuty();
}
