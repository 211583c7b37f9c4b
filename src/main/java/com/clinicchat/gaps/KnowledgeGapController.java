package com.clinicchat.gaps;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** For admins: what visitors asked that the articles don't cover, grouped by meaning (ADMIN role, see security). */
@RestController
@RequestMapping("/api/admin/knowledge-gaps")
class KnowledgeGapController {

    static final int MAX_IDS = 10_000;

    private final KnowledgeGapStore store;
    private final GapsProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    KnowledgeGapController(KnowledgeGapStore store, GapsProperties properties, Clock clock, AuditTrail audit) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param days       how far back to look
     * @param similarity average cosine from which two groups of topics count as one (default
     *                   {@code clinicchat.gaps.similarity})
     */
    @GetMapping
    GapReport report(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Double similarity) {
        double threshold = similarity == null ? properties.similarity() : similarity;
        if (days < 1 || days > 3650 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("days must be 1..3650 and similarity in (0, 1]");
        }
        // a moment past now: a question recorded as this request arrives is in
        java.time.Instant until = clock.instant().plusSeconds(1);
        audit.record(AuditAction.KNOWLEDGE_GAPS_READ, null);
        return store.report(until.minus(Duration.ofDays(days)), until, threshold);
    }

    /** {@code status}: {@code answered}, {@code dismissed}, or {@code open} to list them again. */
    record Resolve(List<Long> ids, String status) {
    }

    record Resolved(int changed) {
    }

    @PostMapping("/resolve")
    Resolved resolve(@RequestBody Resolve request, Authentication auth) {
        if (request.ids() == null || request.ids().isEmpty() || request.ids().size() > MAX_IDS
                || request.ids().contains(null)) {
            throw new IllegalArgumentException("ids must list 1 to " + MAX_IDS + " question ids.");
        }
        GapStatus status;
        try {
            status = GapStatus.valueOf(String.valueOf(request.status()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be answered, dismissed or open.");
        }
        return new Resolved(store.resolve(request.ids(), status, auth.getName(), clock.instant()));
    }
}
