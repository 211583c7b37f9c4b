package com.clinicchat.staff;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One browser-like staff client over real HTTP: its own cookies (session and XSRF-TOKEN), the CSRF token sent back
 * in the {@code X-XSRF-TOKEN} header as the console does, redirects not followed so that tests see them.
 */
public final class StaffHttp implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private final String forwardedFor;

    public StaffHttp(int port) {
        this(port, null);
    }

    /** A client behind the clinic's proxy: every request says it comes for {@code forwardedFor}. */
    public StaffHttp(int port, String forwardedFor) {
        this.forwardedFor = forwardedFor;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in with the console's form; true when the server accepted it (redirect not to the error page). */
    public boolean signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/staff/login");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("sign-in page: " + page.statusCode());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfToken().orElseThrow());
        HttpResponse<String> response = http.send(request("/staff/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        lastSignIn = response;
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("error");
    }

    private HttpResponse<String> lastSignIn;

    public HttpResponse<String> lastSignIn() {
        return lastSignIn;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a browser loads a page. */
    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers (the client's own cookies are still sent). */
    public HttpResponse<String> getWith(String path, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST with the CSRF token as a parameter, as a plain HTML form sends it (e.g. sign-out). */
    public HttpResponse<String> postForm(String path) throws IOException, InterruptedException {
        return http.send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrfToken().orElse(""))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, true);
    }

    public HttpResponse<String> post(String path, Object body, boolean withCsrf)
            throws IOException, InterruptedException {
        return postJson(path, body == null ? "{}" : JSON.writeValueAsString(body), withCsrf);
    }

    /** A POST of JSON written by hand (e.g. with escapes a serialiser would not write). */
    public HttpResponse<String> postJson(String path, String json, boolean withCsrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public Optional<String> csrfToken() {
        return cookie("XSRF-TOKEN");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** The Cookie header this client would send, for a WebSocket handshake. */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
