package com.clinicchat.chat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHttpHeaders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers count only from trusted proxies: here the trusted proxy is another address, so a client on
 * 127.0.0.1 cannot pose as other visitors with {@code X-Forwarded-For} (its sockets all count against its own
 * address) nor as HTTPS with {@code X-Forwarded-Proto}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=192\\\\.0\\\\.2\\\\.250",
        "clinicchat.chat.max-sockets-per-address=2"})
class UntrustedProxyTest {

    @LocalServerPort
    int port;

    private ChatClient connectAs(String address) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("X-Forwarded-For", address);
        return ChatClient.connect(port, headers);
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        // each socket is answered before the next opens: the server admits a socket after the handshake has
        // answered the client, so sockets opened back to back may be admitted in any order
        try (ChatClient first = connectAs("198.51.100.31")) {
            first.start();
            try (ChatClient second = connectAs("198.51.100.32")) {
                second.start();
                try (ChatClient third = connectAs("198.51.100.33")) {
                    assertThat(third.awaitClose().getCode()).as("all three are 127.0.0.1")
                            .isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
                }
            }
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/staff/login"))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }
}
