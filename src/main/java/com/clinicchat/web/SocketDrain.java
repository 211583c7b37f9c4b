package com.clinicchat.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A node leaving a cluster (shutdown, rolling restart) drains its sockets before the web server stops: it reports
 * itself not ready and refuses new socket handshakes with 503 (so the proxy sends them to another node), waits for
 * in-flight replies to be stored (up to {@code clinicchat.cluster.drain-timeout}), then closes every socket with
 * {@link #RECONNECT_NOW}, which the widget and the console answer by reconnecting at once — to another node, where
 * they resume from the database with nothing lost.
 */
@Component
@Profile("cluster")
public class SocketDrain implements SmartLifecycle, HandshakeInterceptor {

    /**
     * Not an error: reconnect now. A private-use code (4000-4999) rather than the registry's 1012 "Service Restart":
     * Tomcat's WebSocket client reported a 1012 close as 1002 (protocol error) when we tried it.
     */
    public static final CloseStatus RECONNECT_NOW = new CloseStatus(4012, "node restarting, reconnect now");

    private static final Logger log = LoggerFactory.getLogger(SocketDrain.class);

    private final List<Drainable> sockets;
    private final ApplicationEventPublisher events;
    private final Duration timeout;
    private volatile boolean running;
    private volatile boolean draining;

    public SocketDrain(List<Drainable> sockets, ApplicationEventPublisher events,
                       @Value("${clinicchat.cluster.drain-timeout:PT20S}") Duration timeout) {
        this.sockets = sockets;
        this.events = events;
        this.timeout = timeout;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler handler, Map<String, Object> attributes) {
        if (draining) {
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return false;
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        draining = true;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (sockets.stream().anyMatch(Drainable::busy) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Draining: closing the sockets with {}", RECONNECT_NOW.getCode());
        sockets.forEach(kind -> kind.closeAll(RECONNECT_NOW));
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server's own graceful shutdown, which would wait for open sockets. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
