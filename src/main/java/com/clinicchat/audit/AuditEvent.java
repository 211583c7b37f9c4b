package com.clinicchat.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEvent(long id, Instant at, String actor, String action, String target, String address) {
}
