package com.clinicchat.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

/**
 * Visitors of the widget through {@code /ws/chat}: open the socket, {@code start}, ask a question, wait for the
 * bot's reply frame (checking its route: a covered question must be answered with citations), think, ask again; a
 * share of them then asks for a person and waits for the {@code waiting} state. Run against the packaged jar (see
 * docs/benchmarks.md):
 * <ul>
 * <li>{@code -Dload.mode=rate} (default): a fixed rate of questions, {@code load.questionsPerSecond}, held for
 * {@code load.duration} seconds: visitors arrive at rate / questions-each and think {@code load.think} seconds
 * (± half) between questions. For latency at a fixed rate.</li>
 * <li>{@code -Dload.mode=saturate}: {@code load.visitors} visitors at once, no think time, for
 * {@code load.duration}: the replies per second the node can give.</li>
 * </ul>
 */
public class VisitorSimulation extends Simulation {

    /** A question and the route its reply must have; covered questions also need a citation. */
    record Question(String text, String route) {
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("How does magnesium help blood pressure?", "answer"),
            new Question("What are the side effects of a magnesium drip?", "answer"),
            new Question("Is IV magnesium used for athletes?", "answer"),
            new Question("Why is IV magnesium absorbed better than pills?", "answer"),
            new Question("What does magnesium do for muscle cramps?", "answer"),
            new Question("Does magnesium help with stress?", "answer"),
            new Question("does magnisium help migranes", "answer"),
            new Question("Who should be careful with magnesium drips?", "answer"),
            new Question("hello", "smalltalk"));

    final String mode = System.getProperty("load.mode", "rate");
    final int questionsEach = Load.integer("questionsEach", 4);
    final Duration think = Load.seconds("think", 4);
    final Duration duration = Load.seconds("duration", 60);
    final double escalating = Load.decimal("escalatePercent", 10);

    final HttpProtocolBuilder protocol = http.baseUrl(Load.httpUrl()).wsBaseUrl(Load.baseUrl())
            .wsMaxReconnects(0);

    /** An endless feeder of questions in a random order; the expected route travels with the text. */
    static Iterator<Map<String, Object>> questions() {
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            Question q = QUESTIONS.get(ThreadLocalRandom.current().nextInt(QUESTIONS.size()));
            return Map.of("question", q.text(), "route", q.route());
        }).iterator();
    }

    ChainBuilder ask() {
        return feed(questions())
                .exec(ws("ask").sendText(session -> """
                                {"type":"message","clientMessageId":"c-%d","text":"%s"}"""
                                .formatted(session.getInt("asked"), session.getString("question")))
                        // the echo, typing and delta frames come first; the bot's final message is the reply
                        .await(30).on(ws.checkTextMessage("reply")
                                .matching(jsonPath("$.type").is("message"), jsonPath("$.author").is("bot"))
                                .check(jsonPath("$.route").isEL("#{route}"),
                                        jsonPath("$.citations[*]").count().saveAs("citations"))))
                .exec(session -> session.set("asked", session.getInt("asked") + 1))
                // a covered question must come with its source
                .doIf(session -> session.getString("route").equals("answer")
                        && session.getInt("citations") == 0)
                .then(exec(session -> session.markAsFailed()));
    }

    ScenarioBuilder visitor(boolean thinking) {
        ChainBuilder questions = thinking
                ? repeat(questionsEach).on(ask().pause(think.dividedBy(2), think.plus(think.dividedBy(2))))
                // at machine speed: ask until the run's time is up
                : during(duration).on(ask());
        return scenario(thinking ? "visitor" : "visitor at machine speed")
                .exec(session -> session.set("asked", 1))
                .exec(ws("open").connect("/ws/chat"))
                .exec(ws("start").sendText("{\"type\":\"start\"}")
                        .await(10).on(ws.checkTextMessage("session")
                                .matching(jsonPath("$.type").is("session"))
                                .check(jsonPath("$.conversationId").exists())))
                .exec(questions)
                .randomSwitch().on(percent(escalating).then(
                        exec(ws("request_staff").sendText("{\"type\":\"request_staff\"}")
                                .await(10).on(ws.checkTextMessage("waiting")
                                        .matching(jsonPath("$.type").is("state"))
                                        .check(jsonPath("$.state").is("waiting"))))))
                .exec(ws("close").close());
    }

    {
        PopulationBuilder population;
        if (mode.equals("saturate")) {
            int visitors = Load.integer("visitors", 16);
            // each visitor asks again as soon as it has its reply: the node's own pace sets the rate
            population = visitor(false).injectOpen(atOnceUsers(visitors));
        } else {
            double questionsPerSecond = Load.decimal("questionsPerSecond", 25);
            double arrivals = questionsPerSecond / questionsEach;
            OpenInjectionStep ramp = rampUsersPerSec(1).to(arrivals).during(Duration.ofSeconds(10));
            population = visitor(true).injectOpen(ramp,
                    constantUsersPerSec(arrivals).during(duration));
        }
        // the targets, as assertions: Gatling prints each one's actual value, pass or fail
        // ("reply" is the time from sending a question to the bot's final message)
        setUp(population).protocols(protocol)
                .maxDuration(duration.plusSeconds(90))
                .assertions(global().failedRequests().percent().lte(1.0),
                        details("reply").requestsPerSec().gte(Load.decimal("targetRate",
                                mode.equals("saturate") ? 200 : 0)),
                        details("reply").responseTime().percentile(50.0).lte(Load.integer("targetP50", 60_000)),
                        details("reply").responseTime().percentile(95.0).lte(Load.integer("targetP95", 60_000)),
                        details("reply").responseTime().percentile(99.0).lte(Load.integer("targetP99", 150)));
    }
}
