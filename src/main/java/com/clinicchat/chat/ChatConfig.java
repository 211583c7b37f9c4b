package com.clinicchat.chat;

import com.clinicchat.web.LeanUpgrade;
import com.clinicchat.web.SocketDrain;
import jakarta.websocket.server.ServerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistration;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers {@code /ws/chat} (no compression, its allowed origins) and the container's WebSocket message buffers;
 * turns on scheduled jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableScheduling
class ChatConfig implements WebSocketConfigurer {

    private final ChatHandler handler;
    private final ChatProperties properties;
    private final ObjectProvider<SocketDrain> drain;

    ChatConfig(ChatHandler handler, ChatProperties properties, ObjectProvider<SocketDrain> drain) {
        this.handler = handler;
        this.properties = properties;
        this.drain = drain;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // patterns, so that "https://*.clinic.example" or "http://localhost:*" work; none configured: same origin
        // only (requests without an Origin header are not from browsers and are let through)
        WebSocketHandlerRegistration chat = registry.addHandler(handler, "/ws/chat")
                .setHandshakeHandler(LeanUpgrade.handshakeHandler())
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        drain.ifAvailable(chat::addInterceptors); // several nodes: no new sockets while this one drains
    }

    /**
     * The container's message buffers, which Tomcat allocates for every socket when it opens and keeps while it is
     * open. The text buffer is only the size of the pieces a text frame is handed over in: {@link ChatHandler}
     * takes frames in parts and joins the few longer than one piece, up to {@code clinicchat.chat.max-frame-size}
     * (a buffer as large as the cap cost 32 KB of heap per idle socket). The console's socket ({@code /ws/staff})
     * takes whole frames, so its frames are limited to this size (they are {@code watch} and {@code ping}, well
     * under 100 characters). Both protocols are text only, so the binary buffer (Tomcat's intermediate buffer for
     * decoding text as well) is kept to the size of a control frame's payload. Set here rather than with
     * {@code ServletServerContainerFactoryBean}, which fails where there is no container (MockMvc tests).
     */
    @Bean
    ServletContextAware webSocketMessageBuffers() {
        return servletContext -> {
            if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(TEXT_PIECE_CHARS);
                container.setDefaultMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
            }
        };
    }

    /** Characters of a text frame handed over at a time: most frames fit in one piece. */
    static final int TEXT_PIECE_CHARS = 256;

    /** The largest payload of a control frame (RFC 6455, 5.5). */
    private static final int BINARY_BUFFER_BYTES = 125;
}
