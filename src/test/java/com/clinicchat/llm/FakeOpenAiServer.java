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

/**
 * A local HTTP server speaking the OpenAI chat-completions protocol, streaming (server-sent events) included, so
 * that our LangChain4j glue is tested against real HTTP. Each test sets what the "model" says and how it behaves.
 */
final class FakeOpenAiServer implements AutoCloseable {

    /** How the next replies behave. */
    record Script(List<String> chunks, Duration firstTokenDelay, int status, String triageAnswer) {

        static Script streaming(String... chunks) {
            return new Script(List.of(chunks), Duration.ZERO, 200, "other");
        }

        Script delayed(Duration delay) {
            return new Script(chunks, delay, status, triageAnswer);
        }

        Script failing(int httpStatus) {
            return new Script(chunks, firstTokenDelay, httpStatus, triageAnswer);
        }

        Script triage(String answer) {
            return new Script(chunks, firstTokenDelay, status, answer);
        }
    }

    private final HttpServer server;
    private volatile Script script = Script.streaming("NOT COVERED");
    final List<String> requests = new CopyOnWriteArrayList<>();

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void play(Script next) {
        script = next;
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        Script current = script;
        if (current.status() != 200) {
            respond(exchange, current.status(), "application/json",
                    "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}");
            return;
        }
        if (!body.contains("\"stream\" : true") && !body.contains("\"stream\":true")) {
            respond(exchange, 200, "application/json", completion(current.triageAnswer()));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            sleep(current.firstTokenDelay());
            for (String scripted : current.chunks()) {
                String chunk = citePassages(scripted, body);
                event(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(chunk) + "},\"finish_reason\":null}]}");
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
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\\[@([^]]+)]").matcher(chunk);
        StringBuilder result = new StringBuilder();
        while (marker.find()) {
            String phrase = marker.group(1);
            String number = "0";
            for (String line : requestBody.split("\\\\n")) {
                java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("^\\[(\\d+)] ").matcher(line);
                if (numbered.find() && line.contains(phrase)) {
                    number = numbered.group(1);
                    break;
                }
            }
            marker.appendReplacement(result, "[" + number + "]");
        }
        return marker.appendTail(result).toString();
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

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
