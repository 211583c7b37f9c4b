package com.clinicchat.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

/**
 * Visitors who open the widget and say nothing: {@code load.sockets} sockets (default 10,000) are opened at
 * {@code load.openPerSecond}, each sends {@code start} and then holds the socket for {@code load.hold} seconds
 * (the server pings every 25 s; Gatling answers the pings). Meanwhile a probe measures what must stay responsive:
 * {@code /actuator/health}, {@code /api/ask} and the staff console's page, once a second each. Heap per socket is
 * read from the server while they are held (docs/benchmarks.md: {@code jcmd PID GC.run}, then GC.heap_info).
 */
public class IdleSocketsSimulation extends Simulation {

    final int sockets = Load.integer("sockets", 10_000);
    final double openPerSecond = Load.decimal("openPerSecond", 250);
    final Duration hold = Load.seconds("hold", 120);

    final HttpProtocolBuilder protocol = http.baseUrl(Load.httpUrl()).wsBaseUrl(Load.baseUrl())
            .wsMaxReconnects(0).shareConnections();

    final ScenarioBuilder idle = scenario("idle visitor")
            .exec(ws("open").connect("/ws/chat"))
            .exec(ws("start").sendText("{\"type\":\"start\"}")
                    .await(30).on(ws.checkTextMessage("session")
                            .matching(jsonPath("$.type").is("session"))
                            .check(jsonPath("$.conversationId").exists())))
            .pause(hold)
            .exec(ws("close").close());

    final Duration opening = Duration.ofMillis(Math.round(sockets / openPerSecond * 1000));

    final ScenarioBuilder probe = scenario("probe while sockets are open")
            .during(opening.plus(hold)).on(
                    exec(http("health").get("/actuator/health").check(status().is(200)))
                            .exec(http("ask").post("/api/ask").header("Content-Type", "application/json")
                                    .body(StringBody("{\"question\":\"How does magnesium help blood pressure?\"}"))
                                    .check(status().is(200), jsonPath("$.route").is("answer")))
                            // signed out, the console answers with its sign-in (a redirect or 401): timed all the same
                            .exec(http("staff console page").get("/staff").check(status().in(200, 302, 401)))
                            .pause(Duration.ofSeconds(1)));

    {
        setUp(idle.injectOpen(constantUsersPerSec(openPerSecond).during(opening)),
                probe.injectOpen(atOnceUsers(1)))
                .protocols(protocol)
                .maxDuration(opening.plus(hold).plusSeconds(120))
                .assertions(global().failedRequests().percent().lte(1.0));
    }
}
