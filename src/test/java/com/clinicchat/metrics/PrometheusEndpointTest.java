package com.clinicchat.metrics;

import com.clinicchat.chat.ChatClient;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffHttp;
import com.clinicchat.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code /actuator/prometheus} on the public port: anonymous callers, wrong tokens and staff without admin are
 * refused; admins and the scrape token get the metrics, and the chat's counters move after a real chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.metrics.scrape-token=" + PrometheusEndpointTest.TOKEN,
        "clinicchat.chat.connection-rate-limit=6", "clinicchat.chat.connection-rate-period=1h",
        "clinicchat.chat.ip-rate-limit=100000"})
class PrometheusEndpointTest {

    static final String TOKEN = "test-scrape-token-0123456789abcdef0123456789";
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    StaffHttp signedIn(StaffRole role) throws Exception {
        String username = "m" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewStaffAccount(username, "M" + username, PASSWORD, role));
        StaffHttp http = new StaffHttp(port);
        assertThat(http.signIn(username, PASSWORD)).isTrue();
        return http;
    }

    /** A GET as Prometheus sends it: its own Accept header, the session cookie (if any) and the authorization. */
    static HttpResponse<String> scrape(int port, StaffHttp session, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).header("Accept", "text/plain;version=0.0.4;q=0.9,*/*;q=0.1");
        if (session != null && !session.cookieHeader().isEmpty()) {
            request.header("Cookie", session.cookieHeader());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    HttpResponse<String> scrape(StaffHttp session, String authorization) throws Exception {
        return scrape(port, session, authorization);
    }

    Scrape scrape() throws Exception {
        HttpResponse<String> response = scrape(null, "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Scrape(response.body());
    }

    @Test
    void nobodyWithoutAnAdminSessionOrTheTokenGetsTheMetrics() throws Exception {
        try (StaffHttp anonymous = new StaffHttp(port)) {
            assertThat(scrape(anonymous, null).statusCode()).isEqualTo(401);
            assertThat(scrape(anonymous, "Bearer wrong-token-0123456789abcdef0123456789").statusCode()).isEqualTo(401);
            assertThat(scrape(anonymous, "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
            assertThat(scrape(anonymous, "Basic " + TOKEN).statusCode()).isEqualTo(401);
            assertThat(anonymous.page("/actuator/prometheus").statusCode()).isEqualTo(401); // a browser: no redirect
            assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200); // health stays public
        }
        try (StaffHttp staff = signedIn(StaffRole.STAFF)) {
            assertThat(scrape(staff, null).statusCode()).isEqualTo(403);
        }
        try (StaffHttp admin = signedIn(StaffRole.ADMIN)) {
            HttpResponse<String> response = scrape(admin, null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("clinicchat_replies_total");
        }
        HttpResponse<String> scraped = scrape(null, "Bearer " + TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(scraped.headers().firstValue("Set-Cookie")).isEmpty(); // no session made for the scraper
        try (StaffHttp scraper = new StaffHttp(port)) { // the token signs in nothing else
            assertThat(scraper.getWith("/api/admin/insights", Map.of("Authorization", "Bearer " + TOKEN))
                    .statusCode()).isEqualTo(401);
            assertThat(scraper.getWith("/actuator/info", Map.of("Authorization", "Bearer " + TOKEN))
                    .statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theChatCountersMoveAfterAChat() throws Exception {
        Scrape before = scrape();
        assertThat(before.value("clinicchat_knowledge_reloads_total")).isGreaterThanOrEqualTo(1);
        assertThat(before.has("clinicchat_knowledge_failed_files")).isTrue();
        assertThat(before.has("clinicchat_queue_oldest_wait_seconds")).isTrue();

        try (ChatClient visitor = ChatClient.connect(port)) {
            visitor.start();
            visitor.say("m1", "How does magnesium help with blood pressure?");
            assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("answer");
            visitor.say("m2", "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?");
            assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("escalate");
            assertThat(scrape().value("clinicchat_sockets_open", "side=visitor")).isGreaterThanOrEqualTo(1);
            // the bot's reply reaches the visitor just before the chat joins the queue: wait for the queue
            awaitValue(() -> scrape().value("clinicchat_queue_waiting"), 1);

            // 3 frames so far of 6 allowed per hour: of 8 more, 5 are refused
            for (int i = 0; i < 8; i++) {
                visitor.send("{\"type\":\"nonsense\"}");
            }
            awaitValue(() -> scrape().value("clinicchat_ratelimit_rejections_total")
                    - before.value("clinicchat_ratelimit_rejections_total"), 5);
        }

        Scrape after = scrape();
        assertThat(delta(before, after, "clinicchat_replies_total", "route=answer")).isEqualTo(1);
        assertThat(delta(before, after, "clinicchat_replies_total", "route=escalate")).isEqualTo(1);
        assertThat(delta(before, after, "clinicchat_escalations_total", "reason=medical_question")).isEqualTo(1);
        assertThat(delta(before, after, "clinicchat_reply_latency_seconds_count", "route=answer")).isEqualTo(1);
        assertThat(delta(before, after, "clinicchat_reply_latency_seconds_count", "route=escalate")).isEqualTo(1);
        assertThat(delta(before, after, "clinicchat_reply_latency_seconds_sum")).isGreaterThan(0);
        // a histogram: every reply is under the open-ended bucket
        assertThat(delta(before, after, "clinicchat_reply_latency_seconds_bucket", "route=answer", "le=+Inf"))
                .isEqualTo(1);
        assertThat(after.value("clinicchat_queue_oldest_wait_seconds")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void everyMetricTheGrafanaDashboardUsesIsExported() throws Exception {
        String dashboard = Files.readString(Path.of("docs/grafana-dashboard.json"));
        try (StaffHttp anyone = new StaffHttp(port)) { // one finished request, for the HTTP server meter
            assertThat(anyone.get("/actuator/health").statusCode()).isEqualTo(200);
        }
        Scrape scrape = scrape();
        Matcher names = Pattern.compile("\\b(clinicchat_[a-z_]+|http_server_requests_seconds_count|jvm_memory_used_bytes)\\b")
                .matcher(dashboard);
        java.util.Set<String> used = new java.util.TreeSet<>();
        while (names.find()) {
            used.add(names.group(1));
        }
        assertThat(used).contains("clinicchat_replies_total", "clinicchat_queue_oldest_wait_seconds");
        // the LLM's meters exist only with an LLM configured (LlmMetersTest covers them)
        used.removeIf(name -> name.startsWith("clinicchat_llm_"));
        assertThat(used).allSatisfy(name -> assertThat(scrape.has(name)).as(name).isTrue());
    }

    static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    interface Reading {
        double read() throws Exception;
    }

    /** Waits for a counter the server moves on its own threads (fails only at 30 s: not a timing assertion). */
    static void awaitValue(Reading reading, double atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (reading.read() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("Not reached within 30 s: " + atLeast);
            }
            Thread.sleep(50);
        }
    }
}
