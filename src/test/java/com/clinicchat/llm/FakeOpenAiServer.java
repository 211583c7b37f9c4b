package com.clinicchat.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server speaking the OpenAI chat-completions protocol, streaming (server-sent events) included, so
 * that our LangChain4j glue is tested against real HTTP. Each test sets what the "model" says and how it behaves:
 * streamed chunks (GPT-style tokens), a JSON triage opinion for non-streaming calls, an error status, a delay
 * before the first token, a stall after some chunks, or no answer at all.
 */
final class FakeOpenAiServer implements AutoCloseable {

    /**
     * How the next replies behave.
     *
     * @param stallAfter number of chunks after which the stream goes silent without ending (-1: never)
     * @param hang       never respond at all, to streaming or other calls
     */
    record Script(List<String> chunks, Duration firstTokenDelay, int status, String triageAnswer, int stallAfter,
                  boolean hang) {

        static Script streaming(String... chunks) {
            return new Script(List.of(chunks), Duration.ZERO, 200, "{\"route\":\"answer\",\"reason\":\"general\"}", -1, false);
        }

        /** A reply cut into GPT-style tokens: words with their leading space, punctuation and markers apart. */
        static Script tokens(String reply) {
            return streaming(gptTokens(reply).toArray(String[]::new));
        }

        static Script hanging() {
            return new Script(List.of(), Duration.ZERO, 200, "", -1, true);
        }

        Script delayed(Duration delay) {
            return new Script(chunks, delay, status, triageAnswer, stallAfter, hang);
        }

        Script failing(int httpStatus) {
            return new Script(chunks, firstTokenDelay, httpStatus, triageAnswer, stallAfter, hang);
        }

        Script triage(String answer) {
            return new Script(chunks, firstTokenDelay, status, answer, stallAfter, hang);
        }

        Script stallingAfter(int chunkCount) {
            return new Script(chunks, firstTokenDelay, status, triageAnswer, chunkCount, hang);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(" ?[A-Za-z']+| ?\\d+|\\[@[^]]+]|\\s+|.");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Script script = Script.streaming("NOT COVERED");
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger streamingCalls = new AtomicInteger();
    final AtomicInteger otherCalls = new AtomicInteger();

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void play(Script next) {
        script = next;
        requests.clear();
        streamingCalls.set(0);
        otherCalls.set(0);
    }

    /** The body of the streaming (answer) request, the first one since the script was set. */
    String answerRequest() {
        return requests.stream().filter(FakeOpenAiServer::isStreaming).findFirst().orElseThrow();
    }

    static List<String> gptTokens(String reply) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher matcher = TOKEN.matcher(reply);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static boolean isStreaming(String body) {
        return body.contains("\"stream\" : true") || body.contains("\"stream\":true");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        boolean streaming = isStreaming(body);
        (streaming ? streamingCalls : otherCalls).incrementAndGet();
        Script current = script;
        if (current.hang()) {
            await(Duration.ofSeconds(60));
            exchange.close();
            return;
        }
        if (current.status() != 200) {
            respond(exchange, current.status(), "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}");
            return;
        }
        if (!streaming) {
            respond(exchange, 200, completion(current.triageAnswer()));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            await(current.firstTokenDelay());
            int sent = 0;
            for (String scripted : current.chunks()) {
                if (sent++ == current.stallAfter()) {
                    await(Duration.ofSeconds(60));
                    return;
                }
                event(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(citePassages(scripted, body))
                        + "},\"finish_reason\":null}]}");
            }
            event(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            event(out, "[DONE]");
        } catch (IOException clientGone) {
            // the client gave up waiting (timeout tests): nothing to do
        }
    }

    /**
     * Replaces {@code [@some phrase]} in a scripted chunk with {@code [n]}, n being the number the request gave the
     * passage containing that phrase, so that scripts need not know the retrieval order.
     */
    private static String citePassages(String chunk, String requestBody) {
        Matcher marker = Pattern.compile("\\[@([^]]+)]").matcher(chunk);
        StringBuilder result = new StringBuilder();
        while (marker.find()) {
            // "[@a|@b]" is a grouped marker, "[2, 4]"
            String numbers = java.util.Arrays.stream(marker.group(1).split("\\|@"))
                    .map(phrase -> String.valueOf(passageNumber(phrase, requestBody)))
                    .collect(java.util.stream.Collectors.joining(", "));
            marker.appendReplacement(result, "[" + numbers + "]");
        }
        return marker.appendTail(result).toString();
    }

    /** The number of the passage holding {@code phrase}: the last "[n] " line at or before the line holding it. */
    static int passageNumber(String phrase, String requestBody) {
        int number = 0;
        for (String line : requestBody.split("\\\\n")) {
            Matcher numbered = Pattern.compile("^\\[(\\d+)] ").matcher(line);
            if (numbered.find()) {
                number = Integer.parseInt(numbered.group(1));
            } else if (line.startsWith("Visitor") || line.isBlank()) {
                number = 0;
            }
            if (number > 0 && line.contains(phrase)) {
                return number;
            }
        }
        return 0;
    }

    private static String completion(String text) {
        return "{\"id\":\"c2\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(text) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private void await(Duration delay) {
        try {
            closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
