package com.clinicchat.gaps;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** For admins: what visitors asked that the articles don't cover, grouped by meaning (ADMIN role, see security). */
@RestController
@RequestMapping("/api/admin/knowledge-gaps")
class KnowledgeGapController {

    private final KnowledgeGapStore store;
    private final Clock clock;
    private final AuditTrail audit;

    KnowledgeGapController(KnowledgeGapStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param days       how far back to look
     * @param similarity cosine from which two questions count as the same topic
     */
    @GetMapping
    List<GapGroup> groups(@RequestParam(defaultValue = "30") int days,
                          @RequestParam(defaultValue = "0.7") double similarity) {
        if (days < 1 || days > 3650 || similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("days must be 1..3650 and similarity in (0, 1]");
        }
        List<GapGroup> groups = store.groups(clock.instant().minus(Duration.ofDays(days)), similarity);
        audit.record(AuditAction.KNOWLEDGE_GAPS_READ, null);
        return groups;
    }
}
