package com.clinicchat.chat;

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

/** Registers {@code /ws/chat}, its allowed origins and the container's frame cap; turns on scheduled jobs. */
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
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        drain.ifAvailable(chat::addInterceptors); // several nodes: no new sockets while this one drains
    }

    /**
     * The frame cap, on the servlet container's WebSocket support (Tomcat closes oversized frames with 1009). Set
     * here rather than with {@code ServletServerContainerFactoryBean}, which fails where there is no container
     * (MockMvc tests). Tomcat allocates both message buffers for every socket when it opens; both protocols
     * ({@code /ws/chat}, {@code /ws/staff}) are text only, so the binary one is kept to the size of a control
     * frame's payload (a binary frame closes the socket either way): 16 KB less heap per idle socket.
     */
    @Bean
    ServletContextAware webSocketFrameCap() {
        int bytes = (int) properties.maxFrameSize().toBytes();
        return servletContext -> {
            if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(bytes);
                container.setDefaultMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
            }
        };
    }

    /** The largest payload of a control frame (RFC 6455, 5.5). */
    private static final int BINARY_BUFFER_BYTES = 125;
}
