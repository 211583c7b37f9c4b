package com.clinicchat.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A staff member with the console open ({@code /ws/staff}) is on duty, within business hours; outside them nobody
 * is. Answered from memory and the clock, so it never slows a visitor's reply. A change (first one on, last one
 * off, hours beginning or ending) is published as {@link StaffPresenceChanged}, so that waiting visitors are told.
 */
@Component
class OnDutyPresence implements StaffPresence {

    private final StaffRoster roster;
    private final BusinessHours hours;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean lastKnown = new AtomicBoolean(false);

    /** {@code roster}: the cluster's when there is one ({@code @Primary}), else this node's consoles. */
    OnDutyPresence(StaffRoster roster, StaffProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.roster = roster;
        this.hours = BusinessHours.parse(properties.businessHours(), properties.timeZone());
        this.clock = clock;
        this.events = events;
    }

    @Override
    public boolean anyoneOnDuty() {
        return open() && !roster.displayNames().isEmpty();
    }

    boolean open() {
        return hours.isOpen(clock.instant());
    }

    /** Who is on duty: nobody outside business hours. */
    List<String> onDuty() {
        return open() ? roster.displayNames() : List.of();
    }

    /** Publishes a change since the last check; called when a console connects or leaves, and every half minute. */
    @Scheduled(fixedDelayString = "PT30S")
    void recheck() {
        check();
    }

    @EventListener
    void on(StaffRoster.Changed changed) {
        check();
    }

    private void check() {
        boolean now = anyoneOnDuty();
        if (lastKnown.getAndSet(now) != now) {
            events.publishEvent(new StaffPresenceChanged(now));
        }
    }
}
