package com.clinicchat.cluster;

/** Another node changed the staff lists (a call-back was done, presence changed): consoles here refresh them. */
public record RemoteQueueChange() {
}
