package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff side's gauges follow open consoles and the waiting queue. */
class StaffMetersTest extends StaffTestSupport {

    @Autowired
    MeterRegistry registry;

    double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void openConsolesAndTheWaitingQueueAreGauged() throws Exception {
        double consoles = gauge("clinicchat.sockets.open", "side", "staff");
        StaffSocketClient console = console(staff("Dana"));
        await(() -> gauge("clinicchat.sockets.open", "side", "staff") == consoles + 1, "one more console counted");

        double waiting = gauge("clinicchat.queue.waiting");
        ChatClient visitor = visitor();
        visitor.start();
        visitor.send("type", "request_staff");
        await(() -> gauge("clinicchat.queue.waiting") == waiting + 1, "one more chat waiting");
        assertThat(gauge("clinicchat.queue.oldest.wait")).isGreaterThanOrEqualTo(0);

        console.close();
        await(() -> gauge("clinicchat.sockets.open", "side", "staff") == consoles, "the console no longer counted");
    }
}
