package com.clinicchat.audit;

import com.clinicchat.HardeningTestSupport;
import com.clinicchat.chat.ChatClient;
import com.clinicchat.staff.StaffHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over real HTTP: sign-ins (and failed ones), conversations opened, claimed, handed back and
 * closed, accounts added and disabled, knowledge gaps read — with actor, target, time and the address the proxy
 * reported — readable by admins only, as JSON and as CSV.
 */
class AuditTrailTest extends HardeningTestSupport {

    @Test
    void whoDidWhatFromWhereIsRecordedAndAdminsCanReadAndExportIt() throws Exception {
        try (StaffHttp admin = new StaffHttp(port, "192.0.2.21");
             StaffHttp stranger = new StaffHttp(port, "192.0.2.22");
             ChatClient visitor = ChatClient.connect(port)) {
            assertThat(admin.signIn("admin", ADMIN_PASSWORD)).isTrue();
            assertThat(admin.post("/api/admin/staff", Map.of("username", "audit-dana", "displayName", "Dana A.",
                    "password", "correct horse battery", "role", "STAFF")).statusCode()).isEqualTo(201);
            assertThat(stranger.signIn("=HYPERLINK(\"x\")", "not the password")).isFalse();

            String id = visitor.start().path("conversationId").asString();
            visitor.send("type", "request_staff");
            visitor.next("state");
            try (StaffHttp dana = new StaffHttp(port, "192.0.2.23")) {
                assertThat(dana.signIn("audit-dana", "correct horse battery")).isTrue();
                assertThat(dana.get("/api/staff/conversations/" + id).statusCode()).isEqualTo(200);
                assertThat(dana.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
                assertThat(dana.post("/api/staff/conversations/" + id + "/hand-back", null).statusCode())
                        .isEqualTo(200);
                assertThat(dana.post("/api/staff/conversations/" + id + "/close", Map.of("outcome", "done"))
                        .statusCode()).isEqualTo(200);
                assertThat(dana.get("/api/admin/audit").statusCode()).as("staff may not read it").isEqualTo(403);
            }
            assertThat(admin.get("/api/admin/knowledge-gaps").statusCode()).isEqualTo(200);
            assertThat(admin.post("/api/admin/staff/audit-dana/disable", null).statusCode()).isEqualTo(200);

            JsonNode events = admin.json(admin.get("/api/admin/audit?days=1&limit=500"));
            assertThat(find(events, "admin", "sign_in", null).path("address").asString()).isEqualTo("192.0.2.21");
            assertThat(find(events, "admin", "account_added", "audit-dana")).isNotNull();
            assertThat(find(events, "=hyperlink(\"x\")", "sign_in_failed", null).path("address").asString())
                    .isEqualTo("192.0.2.22");
            assertThat(find(events, "audit-dana", "sign_in", null).path("address").asString()).isEqualTo("192.0.2.23");
            for (String action : new String[] {"conversation_opened", "conversation_claimed",
                    "conversation_handed_back", "conversation_closed"}) {
                assertThat(find(events, "audit-dana", action, id).path("at").asString()).isNotBlank();
            }
            assertThat(find(events, "admin", "knowledge_gaps_read", null)).isNotNull();
            assertThat(find(events, "admin", "account_disabled", "audit-dana")).isNotNull();

            HttpResponse<String> csv = admin.get("/api/admin/audit/export?days=1");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
            assertThat(csv.body()).startsWith("time,actor,action,target,address\r\n")
                    .contains("\"audit-dana\",\"conversation_claimed\",\"" + id + "\",\"192.0.2.23\"")
                    .contains("\"'=hyperlink(\"\"x\"\")\",\"sign_in_failed\"");
            JsonNode after = admin.json(admin.get("/api/admin/audit?days=1&limit=500"));
            assertThat(find(after, "admin", "audit_exported", null)).isNotNull();
        }
    }

    private static JsonNode find(JsonNode events, String actor, String action, String target) {
        return events.valueStream().filter(e -> e.path("actor").asString().equals(actor)
                        && e.path("action").asString().equals(action)
                        && (target == null || e.path("target").asString().equals(target)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " by " + actor + " in " + events));
    }
}
