package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.WebSocketHttpHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page, API route and the console socket refuse anonymous callers and visitors' conversation tokens;
 * the visitor side stays public.
 */
class StaffSecurityTest extends StaffTestSupport {

    static final List<String> PAGES = List.of("/staff", "/staff/", "/staff/index.html", "/staff/console.js");
    static final List<String> API_GETS = List.of("/api/staff/me", "/api/staff/settings", "/api/staff/queue",
            "/api/staff/callbacks", "/api/staff/conversations/some-id", "/api/admin/staff");
    static final List<String> API_POSTS = List.of("/api/staff/conversations/some-id/claim",
            "/api/staff/conversations/some-id/messages", "/api/staff/conversations/some-id/typing",
            "/api/staff/conversations/some-id/hand-back", "/api/staff/conversations/some-id/close",
            "/api/staff/callbacks/1/done", "/api/admin/staff", "/api/admin/staff/admin/disable");

    /** The status line and headers of a WebSocket handshake sent by hand, so that the refusal's status shows. */
    String handshake(String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="
                    + "\r\nSec-WebSocket-Version: 13\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                status.append((char) b);
            }
            return status.toString().strip();
        }
    }

    @Test
    void anonymousCallersAreRefusedEverywhereOnTheStaffSide() throws Exception {
        try (StaffHttp anonymous = new StaffHttp(port)) {
            assertThat(anonymous.get("/staff/login").statusCode()).isEqualTo(200);
            for (String page : PAGES) {
                HttpResponse<String> response = anonymous.page(page);
                assertThat(response.statusCode()).as(page).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/staff/login");
            }
            for (String path : API_GETS) {
                assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
                assertThat(anonymous.page(path).statusCode()).as("%s from a browser", path).isEqualTo(401);
            }
            for (String path : API_POSTS) { // with a valid CSRF token, so that it is the sign-in that is missing
                assertThat(anonymous.post(path, Map.of("text", "hi")).statusCode()).as(path).isEqualTo(401);
            }
        }
        assertThat(handshake("/ws/staff", Map.of())).startsWith("HTTP/1.1 401");
    }

    @Test
    void aVisitorsConversationTokenIsNoWayIn() throws Exception {
        ChatClient visitor = visitor();
        var session = visitor.start();
        String token = session.path("token").asString();
        String id = session.path("conversationId").asString();
        try (StaffHttp holder = new StaffHttp(port)) {
            for (String path : API_GETS) {
                HttpResponse<String> response = holder.getWith(path + "?token=" + token, Map.of(
                        "Authorization", "Bearer " + token, "Cookie", "JSESSIONID=" + token));
                assertThat(response.statusCode()).as(path).isEqualTo(401);
            }
            assertThat(holder.getWith("/api/staff/conversations/" + id, Map.of("Authorization", "Bearer " + token))
                    .statusCode()).isEqualTo(401);
        }
        assertThat(handshake("/ws/staff?conversationId=" + id + "&token=" + token,
                Map.of("Authorization", "Bearer " + token))).startsWith("HTTP/1.1 401");
    }

    @Test
    void theConsoleSocketIsSameOriginOnly() throws Exception {
        StaffHttp dana = staff("Dana");
        assertThat(handshake("/ws/staff", Map.of("Cookie", dana.cookieHeader(), "Origin", "https://evil.example")))
                .startsWith("HTTP/1.1 403");
        assertThat(handshake("/ws/staff", Map.of("Cookie", dana.cookieHeader(), "Origin",
                "http://localhost:" + port))).startsWith("HTTP/1.1 101");
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", dana.cookieHeader());
        try (StaffSocketClient console = StaffSocketClient.connect(port, headers)) {
            assertThat(console.next("hello").path("me").path("displayName").asString())
                    .isEqualTo(displayName(dana));
        }
    }

    @Test
    void aDisabledAccountsConsoleIsClosedAndItsSessionRefused() throws Exception {
        StaffHttp boss = staff("Boss", StaffRole.ADMIN);
        StaffHttp dana = staff("Dana");
        StaffSocketClient console = console(dana);
        String username = dana.json(dana.get("/api/staff/me")).path("username").asString();

        assertThat(boss.post("/api/admin/staff/" + username + "/disable", null).statusCode()).isEqualTo(200);

        assertThat(console.awaitClose().getCode()).isEqualTo(1008);
        assertThat(dana.get("/api/staff/queue").statusCode()).isEqualTo(401);
        assertThat(handshake("/ws/staff", Map.of("Cookie", dana.cookieHeader()))).startsWith("HTTP/1.1 401");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        StaffHttp dana = staff("Dana");
        assertThat(dana.get("/api/staff/me").statusCode()).isEqualTo(200);
        HttpResponse<String> out = dana.postForm("/staff/logout");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?signed-out");
        assertThat(dana.get("/api/staff/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theVisitorSideStaysPublic() throws Exception {
        try (StaffHttp anonymous = new StaffHttp(port)) {
            assertThat(anonymous.get("/widget.js").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/blog/magnesium-iv-benefits").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/demo/index.html").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(anonymous.post("/api/ask", Map.of("question", "Is a magnesium drip safe?"), false)
                    .statusCode()).as("no CSRF token needed").isEqualTo(200);
        }
        assertThat(visitor().start().path("conversationId").asString()).isNotBlank();
    }
}
