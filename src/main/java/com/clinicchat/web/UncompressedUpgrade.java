package com.clinicchat.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * The WebSocket upgrade without {@code permessage-deflate}, which browsers ask for and Tomcat grants by default.
 * Tomcat gives every compressed socket an inflater window and two buffers on the heap (48 KB) and a zlib deflater
 * and inflater outside it (about 300 KB of the process), for as long as the socket is open; our frames are a few
 * hundred bytes of JSON, so compressing them saves next to nothing (docs/benchmarks.md, "Heap per idle socket").
 * Tomcat negotiates from the request's {@code Sec-WebSocket-Extensions} header whatever the handshake handler
 * selected, so the header is hidden from it.
 */
public final class UncompressedUpgrade extends StandardWebSocketUpgradeStrategy {

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    /** A handshake handler that upgrades without extensions. */
    public static DefaultHandshakeHandler handshakeHandler() {
        return new DefaultHandshakeHandler(new UncompressedUpgrade());
    }

    @Override
    public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
        return List.of();
    }

    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                        List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler handler,
                        Map<String, Object> attributes) throws HandshakeFailureException {
        ServerHttpRequest withoutExtensions =
                new ServletServerHttpRequest(new WithoutExtensions(getHttpServletRequest(request)));
        super.upgrade(withoutExtensions, response, selectedProtocol, List.of(), user, handler, attributes);
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(EXTENSIONS::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }
}
