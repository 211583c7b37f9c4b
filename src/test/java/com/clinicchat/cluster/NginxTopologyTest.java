package com.clinicchat.cluster;

import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment's topology without containers: Debian's nginx with a self-signed certificate and the shipped
 * {@code docs/deploy/nginx.conf} in front of two cluster nodes. Visitors and staff reach whichever node over
 * {@code wss://}, and the app honours the forwarded headers (https redirects to the proxy's own host and port, HSTS).
 */
@Tag("cluster")
class NginxTopologyTest {

    static final String PASSWORD = "correct horse battery";

    static ClusterNodes nodes;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static NginxFront nginx;
    static HttpClient https;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        nodes = new ClusterNodes(Map.of("clinicchat.chat.ip-rate-limit", "100000"));
        a = nodes.start("nginx-a");
        b = nodes.start("nginx-b");
        nginx = NginxFront.start(ClusterNodes.port(a), ClusterNodes.port(b));
        https = HttpClient.newBuilder().sslContext(nginx.trust()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        base = "localhost:" + nginx.httpsPort;
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        nodes.close();
    }

    @Test
    void visitorsAndStaffThroughTheProxyOverWssReachEachOtherWhicheverNodeTheyLandOn() throws Exception {
        String username = "nurse" + UUID.randomUUID().toString().substring(0, 6);
        a.getBean(StaffAccounts.class).create(new NewStaffAccount(username, "Nurse", PASSWORD, StaffRole.STAFF));
        HttpClient staff = HttpClient.newBuilder().sslContext(nginx.trust()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(staff, username);
        String cookie = cookieHeader(staff);
        try (WssClient console = new WssClient(staff, URI.create("wss://" + base + "/ws/staff"), cookie)) {
            assertThat(console.next("hello").path("me").path("username").asString()).isEqualTo(username);
            // round robin: consecutive visitors land on both nodes; each one's request reaches the console
            Set<String> conversations = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                try (WssClient visitor = new WssClient(https, URI.create("wss://" + base + "/ws/chat"), null)) {
                    visitor.send("type", "start");
                    String id = visitor.next("session").path("conversationId").asString();
                    visitor.next("state"); // with the bot
                    visitor.send("type", "request_staff");
                    assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
                    JsonNode escalation = console.next(frame -> frame.path("type").asString().equals("escalation")
                            && frame.path("conversation").path("id").asString().equals(id));
                    conversations.add(escalation.path("conversation").path("id").asString());
                }
            }
            assertThat(conversations).hasSize(4);
        }
    }

    @Test
    void aVisitorResumesOverANewConnectionWithEverythingInOrder() throws Exception {
        String id;
        String token;
        long lastSeq;
        try (WssClient visitor = new WssClient(https, URI.create("wss://" + base + "/ws/chat"), null)) {
            visitor.send("type", "start");
            JsonNode session = visitor.next("session");
            id = session.path("conversationId").asString();
            token = session.path("token").asString();
            visitor.send("type", "message", "clientMessageId", "m-1", "text", "How does magnesium help blood pressure?");
            lastSeq = visitor.next(frame -> frame.path("type").asString().equals("message")
                    && frame.path("author").asString().equals("bot")).path("seq").asLong();
        }
        try (WssClient again = new WssClient(https, URI.create("wss://" + base + "/ws/chat"), null)) {
            again.send("type", "resume", "conversationId", id, "token", token, "afterSeq", 0);
            again.next("session");
            List<Long> seqs = new java.util.ArrayList<>();
            JsonNode frame;
            while (!(frame = again.next(f -> !f.path("type").asString().equals("typing")))
                    .path("type").asString().equals("state")) {
                seqs.add(frame.path("seq").asLong());
            }
            assertThat(seqs).containsExactly(1L, lastSeq);
        }
    }

    @Test
    void theAppHonoursTheProxysForwardedHeaders() throws Exception {
        HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create("https://" + base + "/staff/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("the app knows it is behind https")
                .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
        HttpResponse<String> redirect = https.send(HttpRequest.newBuilder(URI.create("https://" + base + "/staff/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .as("the proxy's scheme, host and port, not the node's").startsWith("https://" + base + "/staff/login");
        HttpResponse<String> ready = https.send(HttpRequest.newBuilder(URI.create("https://" + base
                + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    /** The console's sign-in form, with the CSRF token from the XSRF-TOKEN cookie as the page sends it. */
    private static void signIn(HttpClient client, String username) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("https://" + base + "/staff/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        String form = "username=" + username + "&password=" + PASSWORD.replace(" ", "+") + "&_csrf=" + csrf;
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("https://" + base
                        + "/staff/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static String cookieHeader(HttpClient client) {
        CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }
}
