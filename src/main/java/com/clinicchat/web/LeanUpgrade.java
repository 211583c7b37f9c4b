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
import java.util.Set;
import java.util.TreeSet;

/**
 * The WebSocket upgrade, keeping as little as possible for the socket's life (docs/benchmarks.md, "Heap per idle
 * socket"):
 * <ul>
 * <li>no {@code permessage-deflate}, which browsers ask for and Tomcat grants by default: Tomcat gives every
 * compressed socket an inflater window and two buffers on the heap (48 KB) and a zlib deflater and inflater outside
 * it (about 300 KB of the process), for as long as the socket is open, and our frames are a few hundred bytes of
 * JSON. Tomcat negotiates from the request's {@code Sec-WebSocket-Extensions} header whatever the handshake handler
 * selected, so the header is hidden from it;</li>
 * <li>only the handshake's own headers: Tomcat and Spring each keep a copy of the request's headers with every
 * socket (a browser sends a dozen: user agent, languages, cookies, caches), and nothing reads them after the
 * handshake. The interceptors (origin check, drain) run before this and see the whole request.</li>
 * </ul>
 */
public final class LeanUpgrade extends StandardWebSocketUpgradeStrategy {

    /** What Tomcat's upgrade reads, {@code Sec-WebSocket-Extensions} left out. */
    private static final Set<String> HANDSHAKE_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        HANDSHAKE_HEADERS.addAll(List.of("Host", "Origin", "Upgrade", "Connection", "Sec-WebSocket-Key",
                "Sec-WebSocket-Version", "Sec-WebSocket-Protocol"));
    }

    /** A handshake handler that upgrades this way. */
    public static DefaultHandshakeHandler handshakeHandler() {
        return new DefaultHandshakeHandler(new LeanUpgrade());
    }

    @Override
    public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
        return List.of();
    }

    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                        List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler handler,
                        Map<String, Object> attributes) throws HandshakeFailureException {
        ServerHttpRequest handshakeOnly =
                new ServletServerHttpRequest(new HandshakeHeadersOnly(getHttpServletRequest(request)));
        super.upgrade(handshakeOnly, response, selectedProtocol, List.of(), user, handler, attributes);
    }

    private static final class HandshakeHeadersOnly extends HttpServletRequestWrapper {

        HandshakeHeadersOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HANDSHAKE_HEADERS.contains(name) ? super.getHeader(name) : null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HANDSHAKE_HEADERS.contains(name) ? super.getHeaders(name) : Collections.emptyEnumeration();
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(name -> !HANDSHAKE_HEADERS.contains(name));
            return Collections.enumeration(names);
        }
    }
}
