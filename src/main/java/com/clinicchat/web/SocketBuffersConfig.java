package com.clinicchat.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection buffers, sized for many idle WebSockets. Each open socket keeps, for as long as it is
 * open, a read and a write buffer of its NIO channel ({@code socket.appReadBufSize}/{@code appWriteBufSize}, 8 KB
 * each by default) and three WebSocket buffers (input, output and encoder: Tomcat's
 * {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, 8 KB each): 40 KB a socket whose frames are a few hundred
 * bytes (docs/benchmarks.md, "Heap per idle socket"). Smaller buffers only mean more, smaller reads and writes
 * for the rare large body; a server frame longer than the WebSocket buffer goes out in several fragments, which
 * every WebSocket client joins.
 * <p>
 * Tomcat also keeps closed connections' channels (with their two buffers) for reuse, by default as many as fit in a
 * share of the heap: after a peak of 10,000 sockets, 10,000 pooled channels stayed for good. A few hundred cover the
 * opening and closing of a busy page; a channel beyond them is made anew.
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffersConfig {

    private static final int SOCKET_BUFFER_BYTES = 1024;
    private static final int WEBSOCKET_BUFFER_BYTES = 1024;
    private static final int POOLED_CHANNELS = 500;

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallSocketBuffers() {
        return factory -> {
            // read once per JVM, when Tomcat's WebSocket classes load as the server starts (after this runs); a
            // value given on the command line (-D) wins
            if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
                System.setProperty(WEBSOCKET_BUFFER_PROPERTY, Integer.toString(WEBSOCKET_BUFFER_BYTES));
            }
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
                connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
                connector.setProperty("socket.bufferPool", Integer.toString(POOLED_CHANNELS));
            });
        };
    }

    private static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
}
