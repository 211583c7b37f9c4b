package com.clinicchat.staff;

/** Someone came on duty while nobody was, or the last one left (or business hours began or ended). */
public record StaffPresenceChanged(boolean anyoneOnDuty) {
}
