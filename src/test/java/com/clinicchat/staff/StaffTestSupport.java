package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * The application on a random port, with staff accounts made per test (unique names), real staff and visitor
 * sockets, all closed after each test, which waits until the server has seen every console go (presence is
 * shared by the whole application).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.chat.ip-rate-limit=100000",
        "clinicchat.staff.canned-replies=Hello! I'm looking into this now.,Could you give me a phone number?"})
abstract class StaffTestSupport {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffConnections connections;

    private final List<AutoCloseable> open = new ArrayList<>();

    /** A new signed-in staff member shown to visitors as {@code firstName} plus a unique suffix. */
    StaffHttp staff(String firstName) throws Exception {
        return staff(firstName, StaffRole.STAFF);
    }

    StaffHttp staff(String firstName, StaffRole role) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        StaffAccount account = accounts.create(new NewStaffAccount(firstName.toLowerCase() + suffix,
                firstName + "-" + suffix, PASSWORD, role));
        StaffHttp http = track(new StaffHttp(port));
        if (!http.signIn(account.username(), PASSWORD)) {
            fail("could not sign in " + account.username());
        }
        return http;
    }

    String displayName(StaffHttp http) throws Exception {
        return http.json(http.get("/api/staff/me")).path("displayName").asString();
    }

    StaffSocketClient console(StaffHttp http) throws Exception {
        StaffSocketClient socket = track(StaffSocketClient.connect(port, http));
        socket.next("hello");
        return socket;
    }

    ChatClient visitor() throws Exception {
        return track(ChatClient.connect(port));
    }

    <T extends AutoCloseable> T track(T closeable) {
        open.add(closeable);
        return closeable;
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
        await(() -> connections.all().isEmpty(), "every console socket closed on the server");
    }

    /** Waits for a condition the server reaches on its own threads (not a timing assertion: it fails only at 30 s). */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not reached within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
