package com.clinicchat.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers {@code /ws/staff}, same origin only (no allowed origins set): together with the SameSite=Lax session
 * cookie, no other site can open a console socket in a signed-in staff member's browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class StaffSocketConfig implements WebSocketConfigurer {

    private final StaffSocketHandler handler;

    StaffSocketConfig(StaffSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/staff");
    }
}
