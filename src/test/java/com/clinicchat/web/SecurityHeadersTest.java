package com.clinicchat.web;

import com.clinicchat.HardeningTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers a browser acts on, over real HTTP: a Content-Security-Policy and Referrer-Policy on the console and
 * pages; behind the proxy's {@code X-Forwarded-Proto: https}, HSTS and https redirects; a malformed
 * {@code Origin} refused with 403 and one log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersTest extends HardeningTestSupport {

    @Test
    void theConsoleAndPagesCarryACspAndAReferrerPolicy() throws Exception {
        HttpResponse<String> login = get("/staff/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("Referrer-Policy").orElseThrow()).isEqualTo("same-origin");
        HttpResponse<String> demo = get("/blog/magnesium-iv-benefits");
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(demo.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("object-src 'none'");
        assertThat(demo.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void behindTheProxysHttpsHstsIsSentAndRedirectsSayHttps() throws Exception {
        HttpResponse<String> plain = get("/staff/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain http").isEmpty();

        HttpResponse<String> viaTls = get("/staff/login", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.40", "X-Forwarded-Host", "chat.clinic.example");
        assertThat(viaTls.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        HttpResponse<String> redirect = get("/staff/", "Accept", "text/html", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.40", "X-Forwarded-Host", "chat.clinic.example");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .startsWith("https://chat.clinic.example/staff/login");
    }

    @Test
    void aMalformedOriginIs403WithOneLogLine(CapturedOutput output) throws Exception {
        for (String origin : new String[] {"http://exa mple.com", "http://[::1", "http://clinic.example:99999",
                "https://clinic.example/path?q=1", "://"}) {
            String handshake = raw("GET /ws/chat HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: " + origin + "\r\n\r\n");
            assertThat(handshake).as(origin).startsWith("HTTP/1.1 403");
            String ask = raw("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Origin: " + origin + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            assertThat(ask).as(origin).startsWith("HTTP/1.1 403");
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("malformed Origin header"))).hasSize(10);
        assertThat(output.getOut()).doesNotContain("\tat org.springframework");
    }

    /** One request on a plain socket (no client library tidies the headers), and the response's start. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while (response.size() < 12 && (n = in.read(buffer)) > 0) {
                response.write(buffer, 0, n);
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
