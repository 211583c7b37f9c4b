package com.clinicchat;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The application on a random port with small limits, so that tests reach them quickly: 3 visitor sockets per
 * address and 8 in all, under a container limit of 40 connections; 5 questions per address to {@code /api/ask};
 * sign-in throttled after 3 failures to one account from one address, 6 from one address. Every test here
 * connects from 127.0.0.1, a trusted proxy, and says which visitor it stands for with {@code X-Forwarded-For},
 * as the clinic's reverse proxy does; each test uses addresses of its own, so that their budgets do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.chat.max-sockets-per-address=3",
        "clinicchat.chat.max-sockets=8",
        "server.tomcat.max-connections=40",
        "clinicchat.ask.rate-limit=5",
        "clinicchat.ask.rate-period=1h",
        "clinicchat.staff.admin-password=hardening admin password",
        "clinicchat.staff.sign-in.failures-per-account-and-address=3",
        "clinicchat.staff.sign-in.failures-per-address=6",
        "clinicchat.staff.sign-in.period=1h"})
public abstract class HardeningTestSupport {

    public static final String ADMIN_PASSWORD = "hardening admin password";

    @LocalServerPort
    protected int port;

    /** A GET over real HTTP, with extra headers (name, value, name, value…). */
    protected HttpResponse<String> get(String path, String... headers) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(20));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
