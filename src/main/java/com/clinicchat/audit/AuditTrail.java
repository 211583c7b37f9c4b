package com.clinicchat.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records who signed in, who opened, claimed, handed back or closed which conversation, who added or disabled
 * accounts and who read knowledge gaps or this trail, with time and address, in the database. A failure to
 * record is logged and does not undo the action (the action is already done and stored).
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int MAX_CHARS = 100;

    private final AuditStore store;
    private final Clock clock;

    AuditTrail(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An action of the signed-in staff member in the current web request. */
    public void record(AuditAction action, String target) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? "anonymous" : auth.getName();
        record(actor, action, target, currentAddress());
    }

    public void record(String actor, AuditAction action, String target, String address) {
        try {
            store.insert(clock.instant(), clip(actor), action, clip(target), clip(address));
        } catch (RuntimeException e) {
            log.error("Could not record {} by {} in the audit trail: {}", action.wireName(), clip(actor),
                    e.getClass().getName());
        }
    }

    public List<AuditEvent> since(Instant since, int limit) {
        return store.since(since, limit);
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Kept short and printable: a username that was only tried can be anything. */
    private static String clip(String value) {
        if (value == null) {
            return null;
        }
        return value.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .limit(MAX_CHARS)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
