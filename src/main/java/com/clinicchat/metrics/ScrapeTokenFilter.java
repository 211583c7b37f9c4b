package com.clinicchat.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Lets a metrics scraper in for this one request when it sends the configured token as a bearer token. A wrong token
 * is simply not a sign-in: the request then needs an admin's session like any other, and gets 401 without one.
 */
class ScrapeTokenFilter extends OncePerRequestFilter {

    static final String SCRAPER_ROLE = "METRICS_SCRAPER";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    ScrapeTokenFilter(String token) {
        this.expected = token == null ? null : sha256(token);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (expected != null && header != null && header.startsWith(BEARER)
                // equal-length digests compared in constant time: the response time tells nothing about the token
                && MessageDigest.isEqual(expected, sha256(header.substring(BEARER.length()).strip()))) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "metrics-scraper", null, AuthorityUtils.createAuthorityList("ROLE_" + SCRAPER_ROLE)));
        }
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
