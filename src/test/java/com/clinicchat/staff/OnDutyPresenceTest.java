package com.clinicchat.staff;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.WebSocketSession;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** On duty: a console open, within business hours; changes published once each. */
class OnDutyPresenceTest {

    static final Instant MONDAY_NOON = Instant.parse("2026-05-04T12:00:00Z");
    static final Instant SUNDAY_NOON = Instant.parse("2026-05-10T12:00:00Z");

    final StaffConnections connections = new StaffConnections();
    final List<Object> events = new ArrayList<>();

    OnDutyPresence presence(Instant now) {
        StaffProperties properties = new StaffProperties("admin", null, "Admin", List.of("MON-FRI 08:00-18:00"),
                ZoneId.of("UTC"), List.of());
        return new OnDutyPresence(connections, properties, Clock.fixed(now, ZoneOffset.UTC), events::add);
    }

    StaffSocket console(String socketId, String displayName) {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.getId()).thenReturn(socketId);
        StaffSocket socket = new StaffSocket(session, new StaffAccount(displayName.toLowerCase(), displayName,
                StaffRole.STAFF, true, MONDAY_NOON));
        connections.add(socket);
        return socket;
    }

    @Test
    void withinBusinessHoursAnOpenConsoleIsOnDuty() {
        OnDutyPresence presence = presence(MONDAY_NOON);
        assertThat(presence.anyoneOnDuty()).isFalse();

        console("s1", "Dana");
        console("s2", "Dana");
        console("s3", "Lee");
        assertThat(presence.anyoneOnDuty()).isTrue();
        assertThat(presence.onDuty()).containsExactly("Dana", "Lee");
    }

    @Test
    void outsideBusinessHoursNobodyIsOnDutyWhateverIsOpen() {
        OnDutyPresence presence = presence(SUNDAY_NOON);
        console("s1", "Dana");

        assertThat(presence.anyoneOnDuty()).isFalse();
        assertThat(presence.onDuty()).isEmpty();
        assertThat(presence.open()).isFalse();
    }

    @Test
    void eachChangeIsPublishedOnce() {
        OnDutyPresence presence = presence(MONDAY_NOON);
        presence.recheck();
        assertThat(events).isEmpty();

        console("s1", "Dana");
        presence.recheck();
        presence.recheck();
        connections.remove("s1");
        presence.recheck();

        assertThat(events).containsExactly(new StaffPresenceChanged(true), new StaffPresenceChanged(false));
    }
}
