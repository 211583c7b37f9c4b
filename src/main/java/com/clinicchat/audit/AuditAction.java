package com.clinicchat.audit;

import java.util.Locale;

/** What is recorded in the audit trail. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    CONVERSATION_OPENED,
    CONVERSATION_CLAIMED,
    CONVERSATION_HANDED_BACK,
    CONVERSATION_CLOSED,
    ACCOUNT_ADDED,
    ACCOUNT_DISABLED,
    KNOWLEDGE_GAPS_READ,
    AUDIT_READ,
    AUDIT_EXPORTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
