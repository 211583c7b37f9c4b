package com.clinicchat.staff;

import com.clinicchat.web.LeanUpgrade;
import com.clinicchat.web.SocketDrain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistration;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers {@code /ws/staff}, same origin only (no allowed origins set): together with the SameSite=Lax session
 * cookie, no other site can open a console socket in a signed-in staff member's browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class StaffSocketConfig implements WebSocketConfigurer {

    private final StaffSocketHandler handler;
    private final ObjectProvider<SocketDrain> drain;

    StaffSocketConfig(StaffSocketHandler handler, ObjectProvider<SocketDrain> drain) {
        this.handler = handler;
        this.drain = drain;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        WebSocketHandlerRegistration staff = registry.addHandler(handler, "/ws/staff")
                .setHandshakeHandler(LeanUpgrade.handshakeHandler());
        drain.ifAvailable(staff::addInterceptors); // several nodes: no new sockets while this one drains
    }
}
