package com.clinicchat.gaps;

import java.util.Locale;

/** Where a recorded question stands for the admins working the list off. Serialised in lower case. */
public enum GapStatus {
    /** Not looked at yet: listed. */
    OPEN,
    /** An article now covers it. */
    ANSWERED,
    /** Not something the articles should cover. */
    DISMISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
