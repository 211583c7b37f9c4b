package com.clinicchat.chat;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.WebSocketHttpHeaders;

import java.util.ArrayList;
import java.util.List;

/**
 * The application on a random port with real sockets. All socket tests share these properties, hence one context:
 * a high per-address limit (every test connects from 127.0.0.1; the address limit has its own unit test), a fast
 * heartbeat, and extra allowed origins (one exact, one a pattern).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.chat.ip-rate-limit=100000",
        "clinicchat.chat.ping-interval=300ms",
        "clinicchat.chat.pong-timeout=2s",
        "clinicchat.chat.allowed-origins=https://widget.example.com,https://*.clinic.example"})
abstract class SocketTestSupport {

    static final String ANSWERABLE = "How does magnesium help blood pressure?";

    @LocalServerPort
    int port;

    private final List<ChatClient> clients = new ArrayList<>();

    ChatClient connect() throws Exception {
        return connect(new WebSocketHttpHeaders());
    }

    ChatClient connect(WebSocketHttpHeaders headers) throws Exception {
        ChatClient client = ChatClient.connect(port, headers);
        clients.add(client);
        return client;
    }

    @AfterEach
    void closeClients() throws Exception {
        for (ChatClient client : clients) {
            client.close();
        }
    }
}
