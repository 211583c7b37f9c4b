package com.clinicchat.notify;

import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.staff.StaffPresence;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs each escalation and call-back request to {@code clinicchat.notify.webhook-url}, off the chat's threads:
 * the event listener only queues the delivery, so a slow or failing webhook never holds up a visitor's reply.
 * A failed attempt (no answer, or a status other than 2xx) is retried with exponential backoff, up to
 * {@code max-attempts}.
 */
@Component
public class WebhookNotifier {

    private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);

    /** How a notification ended: delivered on attempt {@code attempts}, or given up after that many. */
    public record Delivery(boolean delivered, int attempts) {
    }

    private final NotifyProperties properties;
    private final StaffPresence presence;
    private final JsonMapper json;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("webhook").daemon().factory());

    public WebhookNotifier(NotifyProperties properties, StaffPresence presence, JsonMapper json) {
        this.properties = properties;
        this.presence = presence;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @EventListener
    public void on(ConversationEvent event) {
        if (properties.webhookUrl() == null) {
            return;
        }
        switch (event) {
            case ConversationEvent.StateChanged changed when changed.conversation().state() == ConversationState.WAITING ->
                    send(new WebhookEvent("escalation", changed.conversationId(),
                            changed.conversation().escalationReason() == null ? null
                                    : changed.conversation().escalationReason().wireName(),
                            changed.conversation().urgent(), null, presence.anyoneOnDuty(), changed.at()));
            case ConversationEvent.CallbackRequested requested ->
                    send(new WebhookEvent("callback_request", requested.conversationId(), null, null,
                            requested.request().id(), presence.anyoneOnDuty(), requested.request().createdAt()));
            default -> { }
        }
    }

    /** Queues a notification; the future completes when it was delivered or given up. */
    public CompletableFuture<Delivery> send(WebhookEvent event) {
        CompletableFuture<Delivery> done = new CompletableFuture<>();
        String body = json.writeValueAsString(event);
        retries.execute(() -> attempt(event, body, 1, done));
        return done;
    }

    private void attempt(WebhookEvent event, String body, int attempt, CompletableFuture<Delivery> done) {
        HttpRequest.Builder request = HttpRequest.newBuilder(properties.webhookUrl()).timeout(properties.timeout())
                .header("Content-Type", "application/json").header("User-Agent", "ClinicChat-Webhook")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (properties.webhookSecret() != null && !properties.webhookSecret().isBlank()) {
            request.header("X-ClinicChat-Signature", "sha256=" + hmac(properties.webhookSecret(), body));
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                log.debug("Webhook {} for conversation {} delivered on attempt {}", event.event(),
                        event.conversationId(), attempt);
                done.complete(new Delivery(true, attempt));
            } else if (attempt >= properties.maxAttempts()) {
                log.warn("Webhook {} for conversation {} given up after {} attempts: {}", event.event(),
                        event.conversationId(), attempt, failure == null ? "HTTP " + response.statusCode()
                                : failure.getClass().getName());
                done.complete(new Delivery(false, attempt));
            } else {
                try {
                    retries.schedule(() -> attempt(event, body, attempt + 1, done), backoff(attempt).toMillis(),
                            TimeUnit.MILLISECONDS);
                } catch (RuntimeException shutDown) {
                    done.complete(new Delivery(false, attempt));
                }
            }
        });
    }

    /** The wait after attempt {@code attempt}: initial, doubled each time, capped. */
    Duration backoff(int attempt) {
        Duration wait = properties.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        http.close();
    }
}
