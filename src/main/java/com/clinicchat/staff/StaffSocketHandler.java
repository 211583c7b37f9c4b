package com.clinicchat.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /ws/staff}: the console's live feed. Signed in through the HTTP session (the handshake passes the security
 * filters, which refuse anyone else with 401); an open socket means its staff member is on duty. The socket only
 * pushes — {@code hello}, {@code queue}, {@code escalation}, {@code callback_requested}, and for the conversation
 * the console has open {@code message}, {@code typing}, {@code conversation} — and takes {@code watch} (which
 * conversation is open) and {@code ping}. Staff act through the REST API ({@code /api/staff/**}), where CSRF
 * protection and plain HTTP status codes apply.
 */
@Component
class StaffSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(StaffSocketHandler.class);
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    private static final int SEND_BUFFER_BYTES = 2 * 1024 * 1024;

    private final StaffAccounts accounts;
    private final StaffConnections connections;
    private final StaffPushes pushes;
    private final OnDutyPresence presence;
    private final StaffRoster roster;
    private final JsonMapper json;

    StaffSocketHandler(StaffAccounts accounts, StaffConnections connections, StaffPushes pushes,
                       OnDutyPresence presence, StaffRoster roster, JsonMapper json) {
        this.accounts = accounts;
        this.connections = connections;
        this.pushes = pushes;
        this.presence = presence;
        this.roster = roster;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        Optional<StaffAccount> account = Optional.ofNullable(session.getPrincipal()).map(Principal::getName)
                .flatMap(accounts::active);
        if (account.isEmpty()) { // the security filters let only staff through; this catches a just-disabled one
            session.close(CloseStatus.POLICY_VIOLATION.withReason("not signed in"));
            return;
        }
        StaffSocket socket = new StaffSocket(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS,
                SEND_BUFFER_BYTES), account.get());
        connections.add(socket);
        roster.consolesChanged();
        log.info("Staff console of {} connected", account.get().username());
        socket.send(pushes.frame("hello", Map.of("me", account.get(), "onDuty", presence.anyoneOnDuty())));
        pushes.sendQueue(socket);
        presence.recheck();
        pushes.refreshSoon(); // the others see who is on duty
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        StaffSocket socket = connections.get(session.getId());
        if (socket == null) {
            return;
        }
        JsonNode frame;
        try {
            frame = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            socket.send(error("malformed_json", "Frames are JSON objects with a \"type\"."));
            return;
        }
        switch (frame.path("type").asString("")) {
            case "watch" -> {
                JsonNode id = frame.get("conversationId");
                socket.watch(id == null || id.isNull() ? null : id.asString());
            }
            case "ping" -> socket.send(pushes.frame("pong", Map.of()));
            default -> socket.send(error("unknown_type", "Known frames: watch, ping. Act through /api/staff."));
        }
    }

    private String error(String code, String text) {
        return pushes.frame("error", Map.of("code", code, "message", text));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        StaffSocket socket = connections.remove(session.getId());
        if (socket != null) {
            log.info("Staff console of {} disconnected", socket.account().username());
            roster.consolesChanged();
            presence.recheck();
            pushes.refreshSoon();
        }
    }
}
