package com.clinicchat.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;

/**
 * Refuses a request whose {@code Origin} header is not an origin (scheme, host, optional port) with 403 and one
 * log line. Browsers only send well-formed origins (or {@code null}), so a malformed one is a hand-made request;
 * left alone, it made the socket handshake's origin check throw, a 500 with a long stack trace.
 */
class OriginCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OriginCheck.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || "null".equals(origin) || wellFormed(origin)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused {} {} from {}: malformed Origin header", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr());
        response.sendError(HttpStatus.FORBIDDEN.value(), "Malformed Origin header");
    }

    /** As Spring's own origin checks read it, so that whatever passes here cannot make them throw. */
    static boolean wellFormed(String origin) {
        try {
            UriComponents parsed = UriComponentsBuilder.fromUriString(origin).build();
            return parsed.getScheme() != null && parsed.getHost() != null && !parsed.getHost().isEmpty()
                    && parsed.getPort() <= 65535 && (parsed.getPath() == null || parsed.getPath().isEmpty())
                    && parsed.getQuery() == null && parsed.getFragment() == null
                    && origin.chars().noneMatch(c -> c <= 0x20 || c >= 0x7f);
        } catch (IllegalArgumentException e) { // includes a port that is not a number
            return false;
        }
    }
}
